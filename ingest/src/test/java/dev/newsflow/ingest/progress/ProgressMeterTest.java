package dev.newsflow.ingest.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  @Test
  void shouldShowCountRateAndEtaWhenTheTotalIsKnown() {
    String line = ProgressMeter.render("jsonl", 12_000, 60_000_000, 240_000_000, Duration.ofSeconds(5));
    assertThat(line).isEqualTo("jsonl: 12,000 articles, 2,400/s, 60.0 of 240.0 MB (25%), 12.0 MB/s, ETA 0:00:15");
  }

  @Test
  void shouldLeaveOutTheEtaWhenTheTotalIsUnknown() {
    String line = ProgressMeter.render("stdin", 500, 2_000_000, -1, Duration.ofSeconds(2));
    assertThat(line).isEqualTo("stdin: 500 articles, 250/s, 2.0 MB, 1.0 MB/s");
  }

  @Test
  void shouldPrintAFinalLineOnClose() {
    StringWriter out = new StringWriter();
    AtomicLong count = new AtomicLong(7);
    try (ProgressMeter meter = ProgressMeter.start("files", 100, count::get, () -> 100, new PrintWriter(out), false)) {
      count.set(9);
    }
    assertThat(out.toString()).startsWith("files: 9 articles").contains("(100%)").doesNotContain("ETA");
  }
}
