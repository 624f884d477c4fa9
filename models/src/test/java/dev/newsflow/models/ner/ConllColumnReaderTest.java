package dev.newsflow.models.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The column formats of the shared corpora, on small fixtures written for the project. */
class ConllColumnReaderTest {

  private static List<LabeledSentence> read(ColumnFormat format, String text) throws IOException {
    return new ConllColumnReader(format).read(new StringReader(text), "fixture");
  }

  @Test
  void readsSpaceSeparatedIob1LikeWikigold() throws IOException {
    String text = """
        -DOCSTART- O

        The O
        Lisbon I-ORG
        Harbour I-ORG
        Trust I-ORG
        met O
        Ana I-PER
        Reis I-PER
        B-PER B-PER
        . O

        Danish I-MISC
        sailors O
        """.replace("B-PER B-PER", "Tomas B-PER");
    List<LabeledSentence> sentences = read(ColumnFormat.TOKEN_TAG, text);
    assertThat(sentences).hasSize(2);
    LabeledSentence first = sentences.get(0);
    assertThat(first.documentStart()).isTrue();
    assertThat(first.tokens()).hasSize(9);
    // IOB1: B- splits two adjacent names of one type.
    assertThat(first.spans()).containsExactly(new LabeledSentence.Span(1, 4, "ORG"),
        new LabeledSentence.Span(5, 7, "PER"), new LabeledSentence.Span(7, 8, "PER"));
    assertThat(sentences.get(1).documentStart()).isFalse();
    assertThat(sentences.get(1).spans()).containsExactly(new LabeledSentence.Span(0, 1, "MISC"));
  }

  @Test
  void readsTabSeparatedBioLikeBtcAndWnut() throws IOException {
    String text = "Flying\tO\nto\tO\nPort\tB-location\nElla\tI-location\nwith\tO\nKestrel\tB-corporation\n"
        + "Air\tI-corporation\n\nMeet\tO\nJo\tB-person\nKim\tB-person\n";
    List<LabeledSentence> sentences = read(ColumnFormat.TOKEN_TAG, text);
    assertThat(sentences.get(0).spans()).containsExactly(new LabeledSentence.Span(2, 4, "location"),
        new LabeledSentence.Span(5, 7, "corporation"));
    assertThat(sentences.get(1).spans()).containsExactly(new LabeledSentence.Span(1, 2, "person"),
        new LabeledSentence.Span(2, 3, "person"));
  }

  @Test
  void readsUniversalNerWithCommentsAndDocuments() throws IOException {
    String text = """
        # newdoc id = doc-1
        # sent_id = doc-1-0001
        # text = I flew to lima
        1\tI\tO\t-\t-
        2\tflew\tO\t-\t-
        3\tto\tO\t-\t-
        4\tlima\tB-LOC\t-\tann

        # sent_id = doc-1-0002
        1\tFine\tO\t-\t-

        # newdoc id = doc-2
        1\tHello\tO\t-\t-
        """;
    List<LabeledSentence> sentences = read(ColumnFormat.UNER, text);
    assertThat(sentences).extracting(LabeledSentence::documentStart).containsExactly(true, false, true);
    assertThat(sentences.get(0).tokens()).containsExactly("I", "flew", "to", "lima");
    assertThat(sentences.get(0).spans()).containsExactly(new LabeledSentence.Span(3, 4, "LOC"));
  }

  @Test
  void badTagsFailWithTheSource() {
    assertThatThrownBy(() -> read(ColumnFormat.TOKEN_TAG, "word\tX-PER\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("fixture").hasMessageContaining("X-PER");
    assertThatThrownBy(() -> read(ColumnFormat.UNER, "1\tonly\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("fixture:1");
  }
}
