package dev.newsflow.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextLineKindTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "SEPARATOR | -",
      "SEPARATOR | * * *",
      "MARKER    | Related:",
      "MARKER    | Read more",
      "MARKER    | You may also like",
      "MARKER    | Share this",
      "LINK_ITEM | Science4 weeks agoResearchers Map Seagrass Meadows",
      "LINK_ITEM | Sports · 2 hrs ago",
      "LINK_ITEM | • Storm Damage Closes Coastal Road",
      "SHORT     | Storm Damage Closes Coastal Road",
      "SHORT     | • three ports closed until further notice",
      "PROSE     | The pier was closed on Monday.",
      "PROSE     | It happened 3 weeks ago, officials said, and the pier has been closed ever since then while "
          + "engineers examined every column, beam and bolt of the structure, one by one, for weeks on end, without "
          + "any result that they were willing to share with the public or the press.",
  })
  void shouldClassifyLines(LineKind expected, String line) {
    assertThat(LineKind.of(line)).isEqualTo(expected);
  }
}
