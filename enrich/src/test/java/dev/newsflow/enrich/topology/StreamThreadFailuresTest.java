package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ops.http.ReadinessCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/** Issue 15, item 1: liveness reports a stream thread that keeps dying on the same offset. */
class StreamThreadFailuresTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));
  private final StreamThreadFailures failures = new StreamThreadFailures(3, Duration.ofMinutes(15), clock);

  @Test
  void shouldTurnDownWhenTheSameTaskDiesThreeTimesAtTheSameOffsets() {
    assertThat(failures.liveness().check().ready()).isTrue();

    for (int i = 0; i < 2; i++) {
      failures.record(death("1_2"), "{news.raw-2=41}");
      clock.advance(Duration.ofSeconds(50));
    }
    assertThat(failures.liveness().check().ready()).isTrue();
    failures.record(death("1_2"), "{news.raw-2=41}");

    ReadinessCheck.Result result = failures.liveness().check();
    assertThat(result.ready()).isFalse();
    assertThat(result.details()).containsEntry("task", "1_2").containsEntry("committedOffsets", "{news.raw-2=41}")
        .containsEntry("deathsAtThatPosition", 3).containsEntry("lastError", StreamsException.class.getName());
  }

  @Test
  void shouldStayUpWhenATaskDiesAtOffsetsThatMoveOn() {
    failures.record(death("1_2"), "{news.raw-2=41}");
    failures.record(death("1_2"), "{news.raw-2=97}");
    failures.record(death("1_2"), "{news.raw-2=230}");
    failures.record(death("0_0"), "{news.raw-0=3}");

    assertThat(failures.liveness().check().ready()).isTrue();
    assertThat(failures.liveness().check().details()).containsEntry("threadDeaths", 4);
  }

  @Test
  void shouldComeBackUpOnceTheDeathsAreOlderThanTheWindow() {
    for (int i = 0; i < 3; i++) {
      failures.record(death("1_2"), null);
    }
    assertThat(failures.liveness().check().ready()).isFalse();

    clock.advance(Duration.ofMinutes(16));

    assertThat(failures.liveness().check().ready()).isTrue();
  }

  @Test
  void shouldFindTheTaskInTheCauses() {
    Exception wrapped = new RuntimeException("outer", death("3_1"));

    assertThat(StreamThreadFailures.taskOf(wrapped)).isEqualTo("3_1");
    assertThat(StreamThreadFailures.taskOf(new IllegalStateException("no task"))).isEqualTo("unknown");
  }

  private static StreamsException death(String task) {
    String[] parts = task.split("_");
    return new StreamsException(new RecordTooLargeException("too large"),
        new TaskId(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
