package dev.newsflow.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaChildProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void shouldServeClientsFromChildProcessAndTerminateItOnClose(@TempDir Path dataDir) throws Exception {
    EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dataDir).childProcess(true).build();
    ProcessHandle child;
    try {
      kafka.start();
      child = kafka.childProcess().orElseThrow();
      assertThat(child.pid()).isNotEqualTo(ProcessHandle.current().pid());
      assertThat(child.isAlive()).isTrue();

      String topic = "child-process";
      kafka.createTopics(List.of(new NewTopic(topic, 2, (short) 1)));
      try (KafkaProducer<String, String> producer = TestClients.idempotentProducer(kafka.bootstrapServers())) {
        producer.send(new ProducerRecord<>(topic, "id-1", "from-child-broker")).get();
      }
      try (KafkaConsumer<String, String> consumer = TestClients.consumer(kafka.bootstrapServers(), "read_committed")) {
        assertThat(TestClients.read(consumer, topic, 1, TIMEOUT))
            .extracting(ConsumerRecord::value).containsExactly("from-child-broker");
      }
    } finally {
      kafka.close();
    }

    // close() waits for the process to exit; onExit() is only a guard against a slow reaper
    child.onExit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(child.isAlive()).isFalse();
    assertThat(kafka.childProcess()).isEmpty();
    assertThat(dataDir.resolve("server.properties")).isRegularFile();
    assertThat(dataDir.resolve("broker.log")).isRegularFile();
  }

  @Test
  void shouldStopChildBrokerWhenParentJvmIsKilled(@TempDir Path dataDir) throws Exception {
    Process parent = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        ParentJvmFixture.class.getName(), dataDir.toString())
        .redirectErrorStream(true)
        .start();
    try {
      long childPid = readChildPid(parent);
      ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();

      parent.destroyForcibly(); // SIGKILL: no shutdown hook runs in the parent

      child.onExit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertThat(child.isAlive()).isFalse();
    } finally {
      parent.destroyForcibly();
    }
  }

  /** Reads the fixture's output on another thread, so the deadline holds even if it prints nothing. */
  private static long readChildPid(Process parent) throws Exception {
    CompletableFuture<Long> pid = CompletableFuture.supplyAsync(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(ParentJvmFixture.PID_PREFIX)) {
            return Long.parseLong(line.substring(ParentJvmFixture.PID_PREFIX.length()).strip());
          }
        }
        throw new IllegalStateException("the parent JVM ended without starting a broker");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return pid.get(TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
  }
}
