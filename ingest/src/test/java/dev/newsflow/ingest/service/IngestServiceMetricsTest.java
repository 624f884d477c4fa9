package dev.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ops.http.ReadinessCheck;
import dev.newsflow.schemas.kafka.KafkaSettings;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The ingest service's readiness and metrics, read from its sources' states and counts; no broker needed. */
class IngestServiceMetricsTest {

  private static ArticlePublisher publisher() {
    // Nothing listens there: a producer connects only when it sends, and flush() with nothing pending returns.
    return new ArticlePublisher(new KafkaSettings("127.0.0.1:1", "mock://ingest-service-metrics-test"), "unused");
  }

  /** A source whose state and one count the test sets. */
  private static final class Settable implements IngestSource {
    private final String name;
    private final AtomicLong accepted = new AtomicLong();
    private volatile SourceStatus.State state = SourceStatus.State.NEW;

    Settable(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void start() {
      state = SourceStatus.State.RUNNING;
    }

    @Override
    public void stop() {
      state = SourceStatus.State.STOPPED;
    }

    @Override
    public SourceStatus status() {
      return new SourceStatus(name, state, Map.of("accepted", accepted.get()), name);
    }
  }

  @Test
  void shouldBeReadyOnlyWhileEverySourceIsRunning() throws Exception {
    Settable push = new Settable("push");
    Settable feeds = new Settable("feeds");
    IngestService service = new IngestService(publisher(), List.of(push, feeds));
    ReadinessCheck readiness = service.readiness();

    ReadinessCheck.Result before = readiness.check();
    service.start();
    ReadinessCheck.Result running = readiness.check();
    feeds.state = SourceStatus.State.FAILED;
    ReadinessCheck.Result oneFailed = readiness.check();
    service.stop();

    assertThat(before.ready()).isFalse();
    assertThat(before.details()).containsEntry("push", "NEW").containsEntry("feeds", "NEW");
    assertThat(running.ready()).isTrue();
    assertThat(running.details()).containsEntry("push", "RUNNING").containsEntry("feeds", "RUNNING");
    assertThat(oneFailed.ready()).isFalse();
    assertThat(oneFailed.details()).containsEntry("push", "RUNNING").containsEntry("feeds", "FAILED");
  }

  @Test
  void shouldNotBeReadyWithoutSources() {
    IngestService service = new IngestService(publisher(), List.of());
    try {
      assertThat(service.readiness().check().ready()).isFalse();
    } finally {
      service.stop();
    }
  }

  @Test
  void shouldCountEverySourceEventAsTheSourceReportsIt() throws Exception {
    Settable push = new Settable("push");
    Settable watch = new Settable("watch:/drop");
    IngestService service = new IngestService(publisher(), List.of(push, watch));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    service.start();
    service.bindMetrics(registry);

    push.accepted.set(7);
    watch.accepted.set(2);

    assertThat(counter(registry, "push").count()).isEqualTo(7.0);
    assertThat(counter(registry, "watch:/drop").count()).isEqualTo(2.0);
    push.accepted.set(9);
    assertThat(counter(registry, "push").count()).isEqualTo(9.0);
    service.stop();
  }

  private static FunctionCounter counter(SimpleMeterRegistry registry, String source) {
    return registry.get("newsflow.ingest.events").tag("source", source).tag("event", "accepted").functionCounter();
  }
}
