package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2025-03-04T10:15:30Z            | 2025-03-04T10:15:30Z",
      "2025-03-04T10:15:30+01:00       | 2025-03-04T09:15:30Z",
      "2025-03-04T10:15:30-0500        | 2025-03-04T15:15:30Z",
      "2025-03-04T10:15+05:30          | 2025-03-04T04:45:00Z",
      "2025-03-04T10:15:30.123456Z     | 2025-03-04T10:15:30.123456Z",
      "2025-03-04 10:15:30             | 2025-03-04T10:15:30Z",
      "2025-03-04                      | 2025-03-04T00:00:00Z",
      "2025/03/04                      | 2025-03-04T00:00:00Z",
      "20250304                        | 2025-03-04T00:00:00Z",
      "1741083330                      | 2025-03-04T10:15:30Z",
      "1741083330000                   | 2025-03-04T10:15:30Z",
      "'Tue, 4 Mar 2025 10:15:30 GMT'  | 2025-03-04T10:15:30Z",
      "Published 2025-03-04T10:15Z     | 2025-03-04T10:15:00Z",
      "'Mar 4, 2025'                   | 2025-03-04T00:00:00Z",
      "4 March 2025                    | 2025-03-04T00:00:00Z",
      "'01:38:07 PM IST Mar 4, 2025'   | 2025-03-04T08:08:07Z",
      "'March 4th, 2025 12:05 am EST'  | 2025-03-04T05:05:00Z",
      "'Updated: Tue 4 Mar. 2025 10:15' | 2025-03-04T10:15:00Z",
  })
  void shouldNormaliseDateFormatsToUtc(String raw, String expected) {
    assertThat(Dates.parse(raw)).isEqualTo(Instant.parse(expected));
  }

  // Issue 19: converting to UTC moved the day of pages east of Greenwich to the day before.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2020-03-16T00:30:00+01:00     | 2020-03-16 | +01:00",
      "2020-03-15T22:30:00-05:00     | 2020-03-15 | -05:00",
      "2020-03-16T00:30:00Z          | 2020-03-16 | Z",
      "2020-03-16 00:30              | 2020-03-16 |",
      "2020-03-16                    | 2020-03-16 |",
      "'Mar 16, 2020 12:30 AM CET'   | 2020-03-16 | +01:00",
      "'Mon, 16 Mar 2020 00:30:00 +0100' | 2020-03-16 | +01:00",
  })
  void shouldKeepThePagesOwnDayAndOffset(String raw, String day, String offset) {
    PageDate date = Dates.read(raw);
    assertThat(date.date()).isEqualTo(LocalDate.parse(day));
    assertThat(date.offset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
  }

  @Test
  void shouldAllowATimeWithoutOffsetUpToOneZoneAheadOfTheFetch() {
    Instant fetched = Instant.parse("2020-03-15T20:00:00Z"); // already the 16th in Auckland
    assertThat(Dates.plausible(Dates.read("2020-03-16"), fetched)).isTrue();
    assertThat(Dates.plausible(Dates.read("2020-03-17"), fetched)).isFalse();
    assertThat(Dates.plausible(Dates.read("2020-03-16T00:30:00+01:00"), fetched)).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"yesterday", "2025-13-45", "12345", "''", "not a date"})
  void shouldReturnNullForUnreadableDates(String raw) {
    assertThat(Dates.parse(raw)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "https://x.example/2025/03/04/story          | 2025-03-04T00:00:00Z",
      "https://x.example/news/2025-3-4/story.html  | 2025-03-04T00:00:00Z",
      "https://x.example/story-20250304.html       | 2025-03-04T00:00:00Z",
      "https://x.example/a/20251399/b/2025/03/04/  | 2025-03-04T00:00:00Z",
  })
  void shouldReadDatesInUrls(String url, String expected) {
    assertThat(Dates.fromUrl(url).instant()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void shouldIgnoreUrlsWithoutDates() {
    assertThat(Dates.fromUrl("https://x.example/story/123456789")).isNull();
    assertThat(Dates.fromUrl(null)).isNull();
  }

  @Test
  void shouldJudgeFutureAndAncientDatesImplausible() {
    Instant fetched = Instant.parse("2025-06-01T00:00:00Z");
    assertThat(Dates.plausible(Instant.parse("2025-05-31T23:59:59Z"), fetched)).isTrue();
    assertThat(Dates.plausible(Instant.parse("2025-06-01T00:00:01Z"), fetched)).isFalse();
    assertThat(Dates.plausible(Instant.EPOCH, fetched)).isFalse();
    assertThat(Dates.plausible((Instant) null, fetched)).isFalse();
  }
}
