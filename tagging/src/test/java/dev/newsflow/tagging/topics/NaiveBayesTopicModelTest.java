package dev.newsflow.tagging.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supervised path: a user's own labels, trained, saved, loaded and blended. */
class NaiveBayesTopicModelTest {

  /** A small labelled set written for this test, with the user's own labels and one IPTC code. */
  private static final String DATA = """
      {"title": "Council approves new cycle lanes", "text": "The council approved new cycle lanes on the high street and a bus gate near the station.", "topics": ["local-transport"]}
      {"text": "Bus fares will rise next month, the transport authority said, while new cycle routes open in the town centre.", "topics": ["local-transport"]}
      {"text": "Roadworks on the ring road will close two lanes for a month; the council advised drivers to take the bus.", "topics": ["local-transport"]}
      {"title": "Library to open on Sundays", "text": "The town library will open on Sundays and host reading groups for children and a local history exhibition.", "topics": ["local-culture"]}
      {"text": "The village choir and the theatre group will perform at the summer fair, with a library book sale.", "topics": ["local-culture"]}
      {"text": "A local history exhibition at the museum shows photographs of the market square and the old theatre.", "topics": ["local-culture", "medtop:01000000"]}

      """;

  private static List<LabelledText> data() throws IOException {
    return TopicTrainingData.read(new BufferedReader(new StringReader(DATA)), "data.jsonl");
  }

  @Test
  void readsLabelledLinesAndSkipsBlankOnes() throws IOException {
    List<LabelledText> examples = data();
    assertThat(examples).hasSize(6);
    assertThat(examples.get(0).title()).isEqualTo("Council approves new cycle lanes");
    assertThat(examples.get(5).labels()).containsExactly("local-culture", "medtop:01000000");
  }

  @Test
  void badTrainingLinesAreErrorsWithTheirLineNumber() {
    assertThatThrownBy(() -> TopicTrainingData.read(new BufferedReader(new StringReader(
        "{\"text\": \"a\", \"topics\": [\"x\"]}\n{\"text\": \"no labels\", \"topics\": []}\n")), "bad.jsonl"))
        .hasMessageContaining("bad.jsonl:2");
    assertThatThrownBy(() -> TopicTrainingData.read(new BufferedReader(new StringReader("not json\n")), "bad.jsonl"))
        .hasMessageContaining("bad.jsonl:1").hasMessageContaining("not JSON");
  }

  @Test
  void trainedModelClassifiesAndSurvivesWritingAndReading() throws IOException {
    NaiveBayesTopicModel model = NaiveBayesTopicModel.train(data());
    assertThat(model.labels())
        .containsExactly("local-transport", "local-culture", "arts, culture, entertainment and media");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    NaiveBayesTopicModel read = NaiveBayesTopicModel.read(new ByteArrayInputStream(out.toByteArray()), "model");
    assertThat(read.labels()).isEqualTo(model.labels());
    double[] p = read.posterior("Cycle lanes", "New bus lanes and cycle routes for drivers", 0);
    assertThat(p[0]).isGreaterThan(0.8);
    assertThat(p).containsExactly(model.posterior("Cycle lanes", "New bus lanes and cycle routes for drivers", 0),
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void rejectsFilesThatAreNotModels() {
    assertThatThrownBy(() -> NaiveBayesTopicModel.read(
        new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)), "x.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("not a newsflow topic model");
  }

  @Test
  void userModelReplacesOrBlendsWithTheDefault() throws IOException {
    NaiveBayesTopicModel model = NaiveBayesTopicModel.train(data());
    DefaultTopicClassifier base = DefaultTopicClassifier.load();
    TopicInput story = TopicInput.ofText("Library book sale",
        "The library will host reading groups for children and a book sale at the summer fair.");

    List<TopicScore> own = base.withUserModel(model, 1.0).classify(story);
    assertThat(own.get(0).label()).isEqualTo("local-culture");
    assertThat(own.get(0).code()).isEqualTo("local-culture");

    List<TopicScore> blended = base.withUserModel(model, 0.5).classify(story);
    TopicScore local = blended.stream().filter(t -> t.label().equals("local-culture")).findFirst().orElseThrow();
    assertThat(local.score()).isLessThan(own.get(0).score()).isGreaterThan(0.25);
    assertThat(blended).allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
    assertThatThrownBy(() -> base.withUserModel(model, 1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultModelFromTheJarCoversAllSeventeenTopics() {
    NaiveBayesTopicModel model = NaiveBayesTopicModel.readResource(DefaultTopicClassifier.DEFAULT_MODEL_RESOURCE);
    assertThat(model.labels()).hasSize(17)
        .allSatisfy(l -> assertThat(IptcMediaTopics.find(l)).isPresent());
    assertThat(model.vocabularySize()).isGreaterThan(1000);
  }
}
