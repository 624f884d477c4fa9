package dev.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void shouldCollapseSpacesAndKeepSingleLineBreaks() {
    assertThat(TextNormalizer.normalize("  a \t b\u00A0\u2009c \n d  ")).isEqualTo("a b c\nd");
  }

  @Test
  void shouldKeepAtMostOneBlankLineBetweenParagraphs() {
    assertThat(TextNormalizer.normalize("one\r\n\r\n \n\t\ntwo\r\rthree\nfour")).isEqualTo("one\n\ntwo\n\nthree\nfour");
  }

  @Test
  void shouldDropControlCharactersButNotTheWordsAroundThem() {
    assertThat(TextNormalizer.normalize("a \u0001 b\u0000c\u007F")).isEqualTo("a bc");
  }

  @Test
  void shouldComposeToNfc() {
    assertThat(TextNormalizer.normalize("Cafe\u0301")).isEqualTo("Caf\u00e9");
  }

  @Test
  void shouldReturnEmptyForBlankInput() {
    assertThat(TextNormalizer.normalize(" \n\t\r\n ")).isEmpty();
    assertThat(TextNormalizer.normalize(null)).isEmpty();
  }

  @Test
  void shouldReturnNormalTextUnchangedAndFixEveryKindOfDeviation() {
    String normal = "Der Stadtrat, heißt es, tagt.\n\nZweiter Absatz\nmit Zeile – und “Zitat”.";
    assertThat(TextNormalizer.normalize(normal)).isSameAs(normal);
    assertThat(TextNormalizer.normalize("a  b")).isEqualTo("a b");
    assertThat(TextNormalizer.normalize("a \nb")).isEqualTo("a\nb");
    assertThat(TextNormalizer.normalize("a\n b")).isEqualTo("a\nb");
    assertThat(TextNormalizer.normalize("a\n\n\nb")).isEqualTo("a\n\nb");
    assertThat(TextNormalizer.normalize("\na")).isEqualTo("a");
    assertThat(TextNormalizer.normalize("a\n")).isEqualTo("a");
    assertThat(TextNormalizer.normalize(" a")).isEqualTo("a");
    assertThat(TextNormalizer.normalize("a ")).isEqualTo("a");
    assertThat(TextNormalizer.normalize("a\u00A0b")).isEqualTo("a b");
    assertThat(TextNormalizer.normalize("a\tb")).isEqualTo("a b");
    assertThat(TextNormalizer.normalize("a\u0001b")).isEqualTo("ab");
  }
}
