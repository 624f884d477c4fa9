package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaTitlesTest {

  @Test
  void shouldStripMatchingSiteNameSuffix() {
    assertThat(Titles.stripSiteName("Bridge reopens | Daily Bugle", "Daily Bugle", false)).isEqualTo("Bridge reopens");
    assertThat(Titles.stripSiteName("Bridge reopens – The Daily Bugle", "Daily Bugle", false))
        .isEqualTo("Bridge reopens");
    assertThat(Titles.stripSiteName("Bridge reopens - bugle.com", "Bugle", false)).isEqualTo("Bridge reopens");
  }

  @Test
  void shouldStripSiteNamePrefix() {
    assertThat(Titles.stripSiteName("Daily Bugle | Bridge reopens", "Daily Bugle", false)).isEqualTo("Bridge reopens");
  }

  @Test
  void shouldStripShortUnknownSuffixOnlyWhenAsked() {
    assertThat(Titles.stripSiteName("Bridge reopens after repairs | Bugle", null, true))
        .isEqualTo("Bridge reopens after repairs");
    assertThat(Titles.stripSiteName("Bridge reopens after repairs | Bugle", null, false))
        .isEqualTo("Bridge reopens after repairs | Bugle");
  }

  @Test
  void shouldStripSectionAndSiteSuffixes() {
    assertThat(Titles.stripSiteName("Bridge reopens after repairs | Local | Daily Bugle", "Daily Bugle", true))
        .isEqualTo("Bridge reopens after repairs");
  }

  @Test
  void shouldStripSectionPrefix() {
    assertThat(Titles.stripSectionPrefix("Opinion | Bridges Matter", "Opinion")).isEqualTo("Bridges Matter");
    assertThat(Titles.stripSectionPrefix("Opinion: Bridges Matter", "Opinion")).isEqualTo("Opinion: Bridges Matter");
    assertThat(Titles.stripSectionPrefix("Opinion | Bridges Matter", null)).isEqualTo("Opinion | Bridges Matter");
  }

  @Test
  void shouldKeepHyphenatedWordsAndTitlesWithoutSuffix() {
    assertThat(Titles.stripSiteName("Sun-Times poll shows a close race", "Sun-Times", true))
        .isEqualTo("Sun-Times poll shows a close race");
    assertThat(Titles.stripSiteName(null, "x", true)).isNull();
  }
}
