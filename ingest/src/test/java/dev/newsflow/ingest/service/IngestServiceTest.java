package dev.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schemas.kafka.KafkaSettings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Lifecycle order of the service; the publisher is real but never sends, so no broker is needed. */
class IngestServiceTest {

  private final List<String> events = new CopyOnWriteArrayList<>();

  private ArticlePublisher publisher() {
    // Nothing listens there: a producer connects only when it sends, and flush() with nothing pending returns.
    return new ArticlePublisher(new KafkaSettings("127.0.0.1:1", "mock://ingest-service-test"), "unused");
  }

  private final class Recording implements IngestSource {
    private final String name;
    private final boolean failsToStart;

    Recording(String name, boolean failsToStart) {
      this.name = name;
      this.failsToStart = failsToStart;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void start() {
      if (failsToStart) {
        throw new IllegalStateException(name + " cannot start");
      }
      events.add("start " + name);
    }

    @Override
    public void stop() {
      events.add("stop " + name);
    }

    @Override
    public SourceStatus status() {
      return new SourceStatus(name, SourceStatus.State.RUNNING, Map.of(), name);
    }
  }

  @Test
  void shouldStartInOrderAndStopInReverseOrderOnce() throws Exception {
    IngestService service = new IngestService(publisher(),
        List.of(new Recording("push", false), new Recording("watch", false)));
    service.start();
    assertThat(service.statuses()).extracting(SourceStatus::name).containsExactly("push", "watch");
    service.stop();
    service.stop();
    assertThat(events).containsExactly("start push", "start watch", "stop watch", "stop push");
  }

  @Test
  void shouldStopTheStartedSourcesWhenOneCannotStart() {
    IngestService service = new IngestService(publisher(),
        List.of(new Recording("push", false), new Recording("feeds", true), new Recording("watch", false)));
    assertThatThrownBy(service::start).hasMessageContaining("feeds cannot start");
    assertThat(events).containsExactly("start push", "stop push");
  }

  @Test
  void shouldRefuseTwoSourcesOfTheSameName() {
    try (ArticlePublisher publisher = publisher()) {
      assertThatThrownBy(() -> new IngestService(publisher,
          List.of(new Recording("push", false), new Recording("push", false))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
