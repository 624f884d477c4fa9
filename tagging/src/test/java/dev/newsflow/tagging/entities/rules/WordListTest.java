package dev.newsflow.tagging.entities.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {

  private static Set<String> read(String text) throws IOException {
    return WordList.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
  }

  @Test
  void shouldKeepWordsAsWrittenInFileOrderAndSkipCommentsAndBlankLines() throws IOException {
    assertThat(read("# a comment\n\nInc\n  based in  \nsen.\n#Corp\n&\n"))
        .containsExactly("Inc", "based in", "sen.", "&");
  }

  @Test
  void shouldRejectAWordListedTwice() {
    assertThatThrownBy(() -> read("coach\nmanager\ncoach\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("test.txt line 3").hasMessageContaining("coach");
  }

  @Test
  void shouldLoadResourcesOfThisPackageAndNameAMissingOne() {
    assertThat(WordList.load("en/fixture-words.txt")).containsExactly("v", "v.", "vs", "vs.");
    assertThatThrownBy(() -> WordList.load("en/no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("en/no-such-list.txt");
  }

  @Test
  void shouldBeUnmodifiable() throws IOException {
    Set<String> words = read("a\n");
    assertThatThrownBy(() -> words.add("b")).isInstanceOf(UnsupportedOperationException.class);
  }
}
