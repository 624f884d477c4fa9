package dev.newsflow.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka's own command-line tools work against the embedded broker (issue 16: "Keep Kafka's own CLI tools working
 * against the embedded broker"): {@code kafka-consumer-groups --describe} and {@code kafka-console-consumer} with
 * headers, each run as its script runs it, a JVM on the tool's main class (kafka-run-class.sh), on a transactional
 * topic shaped like {@code news.enriched} / {@code news.dlq}. The commands are the ones docs/operations.md gives.
 */
class KafkaCliToolsIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static EmbeddedKafka kafka;

  @TempDir
  Path dir;

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
  void shouldDescribeAGroupWithZeroLagAndPrintHeadersOfATransactionalTopic() throws Exception {
    String topic = TestClients.uniqueTopic("cli-tools");
    kafka.createTopics(List.of(new NewTopic(topic, 1, (short) 1)));
    try (KafkaProducer<String, String> producer = TestClients.transactionalProducer(kafka.bootstrapServers(),
        "cli-tools-tx")) {
      producer.initTransactions();
      producer.beginTransaction();
      for (int i = 1; i <= 3; i++) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, "id-" + i, "value-" + i);
        record.headers().add("newsflow.errors.stage", "clean".getBytes(StandardCharsets.UTF_8));
        producer.send(record);
      }
      producer.commitTransaction();
    }
    String group = "cli-tools-group";
    commitCaughtUpPosition(topic, group);

    String described = runTool("org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
        "--bootstrap-server", kafka.bootstrapServers(), "--describe", "--group", group);
    List<String> row = described.lines().map(String::strip).filter(l -> l.startsWith(group + " "))
        .map(l -> Arrays.asList(l.split("\\s+"))).findFirst().orElseThrow();
    // GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG: 3 records + the commit marker, nothing left
    assertThat(row.subList(0, 6)).containsExactly(group, topic, "0", "4", "4", "0");

    String printed = runTool("org.apache.kafka.tools.consumer.ConsoleConsumer",
        "--bootstrap-server", kafka.bootstrapServers(), "--topic", topic, "--from-beginning",
        "--isolation-level", "read_committed", "--max-messages", "3", "--timeout-ms", "30000",
        "--property", "print.headers=true", "--property", "print.key=true");
    assertThat(printed.lines().filter(l -> l.startsWith("newsflow.errors.stage:clean")).toList())
        .containsExactly("newsflow.errors.stage:clean\tid-1\tvalue-1", "newsflow.errors.stage:clean\tid-2\tvalue-2",
            "newsflow.errors.stage:clean\tid-3\tvalue-3");
  }

  /** Reads everything committed and commits the consumer's position, past the transaction marker. */
  private static void commitCaughtUpPosition(String topic, String group) {
    TopicPartition partition = new TopicPartition(topic, 0);
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        "bootstrap.servers", kafka.bootstrapServers(), "group.id", group, "auto.offset.reset", "earliest",
        "isolation.level", "read_committed", "enable.auto.commit", false,
        "key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class,
        "value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class))) {
      consumer.subscribe(List.of(topic));
      long end = -1;
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200));
        if (consumer.assignment().contains(partition)) {
          end = consumer.endOffsets(List.of(partition)).get(partition);
          if (consumer.position(partition) >= end) {
            break;
          }
        }
      }
      assertThat(end).as("end offset of %s", topic).isEqualTo(4);
      consumer.commitSync(Map.of(partition, new OffsetAndMetadata(consumer.position(partition))));
    }
  }

  /** Runs a Kafka tool's main class in its own JVM, as bin/kafka-run-class.sh does; returns its standard output. */
  private String runTool(String mainClass, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "tool", ".out");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(mainClass + " did not finish within " + TIMEOUT + ":\n" + Files.readString(out));
    }
    String output = Files.readString(out);
    assertThat(process.exitValue()).as("exit code of %s; output:%n%s", mainClass, output).isZero();
    return output;
  }
}
