package dev.newsflow.models.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectSentenceReaderTest {

  private final ProjectSentenceReader reader = new ProjectSentenceReader();

  @Test
  void readsNameSamplesAndTokenizesTheTextBetweenMarkers() throws IOException {
    String text = """
        # a comment
        <START:location> OSLO <END> 2021-04-09
        1. <START:person> Kari Lund <END> (<START:location> Norway <END>) 25.76 points, don't ask.

        <START:organization> Harbour United <END> 2 <START:organization> Fjord City <END> 1
        """;
    List<LabeledSentence> sentences = reader.read(new StringReader(text), "fixture");
    assertThat(sentences).hasSize(3);
    assertThat(sentences).extracting(LabeledSentence::documentStart).containsExactly(true, false, true);
    LabeledSentence table = sentences.get(1);
    assertThat(table.tokens()).containsExactly("1.", "Kari", "Lund", "(", "Norway", ")", "25.76", "points", ",",
        "do", "n't", "ask", ".");
    assertThat(table.spans()).containsExactly(new LabeledSentence.Span(1, 3, "person"),
        new LabeledSentence.Span(4, 5, "location"));
    assertThat(sentences.get(2).spans()).containsExactly(new LabeledSentence.Span(0, 2, "organization"),
        new LabeledSentence.Span(3, 5, "organization"));
  }

  @Test
  void unbalancedMarkersFailWithTheLine() {
    assertThatThrownBy(() -> reader.read(new StringReader("ok\n<START:person> Kari Lund\n"), "fixture"))
        .isInstanceOf(IOException.class).hasMessageContaining("fixture:2");
    assertThatThrownBy(() -> reader.read(new StringReader("Kari <END>\n"), "fixture"))
        .isInstanceOf(IOException.class).hasMessageContaining("without <START>");
    assertThatThrownBy(() -> reader.read(new StringReader("<START:person> <END>\n"), "fixture"))
        .isInstanceOf(IOException.class).hasMessageContaining("empty name");
  }
}
