package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HonorificsTest {

  @Test
  void shouldStripALeadingHonorificWithOrWithoutPeriod() {
    assertThat(Honorifics.strip("Mr. Putin")).isEqualTo("Putin");
    assertThat(Honorifics.strip("Dr Helena Marsh")).isEqualTo("Helena Marsh");
    assertThat(Honorifics.strip("Lord  Byron")).isEqualTo("Byron");
  }

  @Test
  void shouldLeaveOtherWordsAndALoneHonorificAlone() {
    assertThat(Honorifics.strip("Mister Putin")).isEqualTo("Mister Putin");
    assertThat(Honorifics.strip("Helena Mr. Marsh")).isEqualTo("Helena Mr. Marsh");
    assertThat(Honorifics.strip("Mrs")).isEqualTo("Mrs");
  }
}
