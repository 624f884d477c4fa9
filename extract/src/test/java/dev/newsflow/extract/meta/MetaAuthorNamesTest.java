package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaAuthorNamesTest {

  private static List<String> parse(String raw) {
    return AuthorNames.parse(raw, List.of("Daily Bugle"));
  }

  @Test
  void shouldStripBy() {
    assertThat(parse("By Jane Doe")).containsExactly("Jane Doe");
    assertThat(parse("by: Jane Doe")).containsExactly("Jane Doe");
  }

  @Test
  void shouldSplitBylineWithAnd() {
    assertThat(parse("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
    assertThat(parse("Jane Doe & John Roe; Ann Lee")).containsExactly("Jane Doe", "John Roe", "Ann Lee");
  }

  @Test
  void shouldDropRolesAfterCommas() {
    assertThat(parse("Jane Doe, Staff Writer")).containsExactly("Jane Doe");
    assertThat(parse("Jane Doe, Senior Correspondent for the Daily Bugle")).containsExactly("Jane Doe");
  }

  @Test
  void shouldKeepCoAuthorsAfterCommas() {
    assertThat(parse("Jane Doe, John Roe")).containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void shouldDropEmailTheAuthorAndTrailingDates() {
    assertThat(parse("By Jane Doe Email the author")).containsExactly("Jane Doe");
    assertThat(parse("By Jane Doe Monday, March 3, 2025")).containsExactly("Jane Doe");
  }

  @Test
  void shouldDropUrlsHandlesAndEmails() {
    assertThat(parse("https://www.facebook.com/jane.doe")).isEmpty();
    assertThat(parse("@janedoe")).isEmpty();
    assertThat(parse("jane@bugle.example")).isEmpty();
  }

  @Test
  void shouldDropPublisherAndAgencyNames() {
    assertThat(parse("Daily Bugle")).isEmpty();
    assertThat(parse("Jane Doe and Reuters")).containsExactly("Jane Doe");
    assertThat(parse("The Russian and Syrian defense ministries")).isEmpty();
  }

  @Test
  void shouldKeepNameCaseAndParticles() {
    assertThat(parse("By JANE DOE")).containsExactly("JANE DOE");
    assertThat(parse("Ludwig van Beethoven")).containsExactly("Ludwig van Beethoven");
  }

  @Test
  void shouldDedupeIgnoringCase() {
    assertThat(AuthorNames.dedupe(List.of("Jane Doe", "jane doe", "John Roe"))).containsExactly("Jane Doe", "John Roe");
  }
}
