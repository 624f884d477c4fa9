package dev.newsflow.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() {
    kafka = EmbeddedKafka.builder().build().start();
  }

  @AfterAll
  static void closeBroker() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void shouldRoundTripRecordThroughIdempotentProducer() throws Exception {
    String topic = TestClients.uniqueTopic("round-trip");
    kafka.createTopics(List.of(new NewTopic(topic, 1, (short) 1)));

    try (KafkaProducer<String, String> producer = TestClients.idempotentProducer(kafka.bootstrapServers())) {
      producer.send(new ProducerRecord<>(topic, "id-1", "hello")).get();
    }

    try (KafkaConsumer<String, String> consumer = TestClients.consumer(kafka.bootstrapServers(), "read_uncommitted")) {
      List<ConsumerRecord<String, String>> records = TestClients.read(consumer, topic, 1, TIMEOUT);
      assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
          .containsExactly(tuple("id-1", "hello"));
    }
  }

  @Test
  void shouldHideAbortedTransactionsFromReadCommittedConsumers() {
    String topic = TestClients.uniqueTopic("transactions");
    kafka.createTopics(List.of(new NewTopic(topic, 1, (short) 1)));

    try (KafkaProducer<String, String> producer =
        TestClients.transactionalProducer(kafka.bootstrapServers(), "tx-" + topic)) {
      producer.initTransactions();
      sendInTransaction(producer, topic, "committed-1");
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", "aborted"));
      producer.abortTransaction();
      sendInTransaction(producer, topic, "committed-2");
    }

    // One partition keeps the order, so reading two values proves the aborted one in between was skipped.
    try (KafkaConsumer<String, String> consumer = TestClients.consumer(kafka.bootstrapServers(), "read_committed")) {
      List<ConsumerRecord<String, String>> records = TestClients.read(consumer, topic, 2, TIMEOUT);
      assertThat(records).extracting(ConsumerRecord::value).containsExactly("committed-1", "committed-2");
    }
  }

  private static void sendInTransaction(KafkaProducer<String, String> producer, String topic, String value) {
    producer.beginTransaction();
    producer.send(new ProducerRecord<>(topic, "k", value));
    producer.commitTransaction();
  }

  @Test
  void shouldIgnoreTopicsThatAlreadyExist() throws Exception {
    String topic = TestClients.uniqueTopic("existing");
    kafka.createTopics(List.of(new NewTopic(topic, 3, (short) 1)));

    kafka.createTopics(List.of(new NewTopic(topic, 1, (short) 1)));

    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
          .get(topic).partitions().size();
      assertThat(partitions).isEqualTo(3);
    }
  }

  @Test
  void shouldTreatRepeatedStartAsNoOp() {
    String before = kafka.bootstrapServers();

    kafka.start();

    assertThat(kafka.isRunning()).isTrue();
    assertThat(kafka.bootstrapServers()).isEqualTo(before).startsWith("127.0.0.1:");
  }

  @Test
  void shouldKeepRecordsAcrossRestartOnSameDataDir(@TempDir Path dataDir) throws Exception {
    String topic = "restart";
    try (EmbeddedKafka broker = EmbeddedKafka.builder().dataDir(dataDir).build().start()) {
      broker.createTopics(List.of(new NewTopic(topic, 1, (short) 1)));
      produce(broker.bootstrapServers(), topic, "before-restart");
      String bootstrap = broker.bootstrapServers();

      broker.stop();
      assertThat(broker.isRunning()).isFalse();
      broker.start();

      assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
      assertThat(readValues(broker.bootstrapServers(), topic, 1)).containsExactly("before-restart");
    }
    assertThat(dataDir.resolve("logs/meta.properties")).as("a given data dir is kept").isRegularFile();
  }

  @Test
  void shouldReuseGivenDataDirInNewBrokerWithoutReformatting(@TempDir Path dataDir) throws Exception {
    String topic = "reuse";
    try (EmbeddedKafka first = EmbeddedKafka.builder().dataDir(dataDir).build().start()) {
      first.createTopics(List.of(new NewTopic(topic, 1, (short) 1)));
      produce(first.bootstrapServers(), topic, "from-first-broker");
    }
    String metaBefore = Files.readString(dataDir.resolve("logs/meta.properties"));

    try (EmbeddedKafka second = EmbeddedKafka.builder().dataDir(dataDir).build().start()) {
      assertThat(readValues(second.bootstrapServers(), topic, 1)).containsExactly("from-first-broker");
    }
    assertThat(Files.readString(dataDir.resolve("logs/meta.properties"))).isEqualTo(metaBefore);
  }

  @Test
  void shouldDeleteTemporaryDataDirOnClose() {
    EmbeddedKafka broker = EmbeddedKafka.builder().build();
    Path dataDir = broker.dataDir();
    assertThat(dataDir).isDirectory();

    broker.close();

    assertThat(dataDir).doesNotExist();
    assertThatThrownBy(broker::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldFailToStartWhenPortIsTakenAndStartLaterWhenItIsFree() throws Exception {
    ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    try (EmbeddedKafka broker = EmbeddedKafka.builder().port(squatter.getLocalPort()).build()) {
      QuietLoggers expectedErrors = QuietLoggers.of("kafka", "org.apache.kafka");
      try {
        assertThatThrownBy(broker::start)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("did not start");
      } finally {
        expectedErrors.close();
      }
      assertThat(broker.isRunning()).isFalse();

      squatter.close();
      broker.start();

      assertThat(broker.bootstrapServers()).endsWith(":" + squatter.getLocalPort());
    } finally {
      squatter.close();
    }
  }

  @Test
  void shouldRejectInvalidSettings() {
    assertThatThrownBy(() -> EmbeddedKafka.builder().port(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmbeddedKafka.builder().host(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmbeddedKafka.builder().startTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    try (EmbeddedKafka notStarted = EmbeddedKafka.builder().build()) {
      assertThatThrownBy(notStarted::bootstrapServers).isInstanceOf(IllegalStateException.class);
    }
  }

  private static void produce(String bootstrap, String topic, String value) throws Exception {
    try (KafkaProducer<String, String> producer = TestClients.idempotentProducer(bootstrap)) {
      producer.send(new ProducerRecord<>(topic, "k", value)).get();
    }
  }

  private static List<String> readValues(String bootstrap, String topic, int expected) {
    try (KafkaConsumer<String, String> consumer = TestClients.consumer(bootstrap, "read_committed")) {
      return TestClients.read(consumer, topic, expected, TIMEOUT).stream().map(ConsumerRecord::value).toList();
    }
  }
}
