package dev.newsflow.models.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.model.StatisticalNameFinder;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a tiny project-written fixture: repeatable to the byte, and the model learns the names. */
class NerTrainerTest {

  @TempDir
  Path dir;

  private Path projectDir() throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("lists"));
    List<String> lines = new ArrayList<>();
    String[][] people = {{"Kari", "Lund"}, {"Ola", "Berg"}, {"Tove", "Dahl"}, {"Nils", "Vik"}};
    String[] places = {"Norway", "Bergen", "Oslo", "Tromso"};
    for (int i = 0; i < 40; i++) {
      String[] p = people[i % people.length];
      String place = places[(i / 2) % places.length];
      lines.add("<START:person> " + p[0] + " " + p[1] + " <END> flew to <START:location> " + place
          + " <END> on Monday with <START:organization> Fjord Air <END> .");
      lines.add("The <START:misc> Norwegian <END> minister said talks in <START:location> " + place
          + " <END> went well .");
      lines.add("");
    }
    Files.write(project.resolve("news-fixture.txt"), lines, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("lists/first-names.txt"), "Kari\nOla\n");
    Files.writeString(project.resolve("lists/countries.txt"), "Norway\n");
    Files.writeString(project.resolve("lists/demonyms.txt"), "Norwegian\n");
    Files.writeString(project.resolve("lists/companies.txt"), "Fjord Air\n");
    Files.copy(Path.of("src/train/ner/features.xml"), project.resolve("features.xml"));
    return project;
  }

  private byte[] train(Path project, boolean projectFeatures) throws IOException {
    NerTrainingRun.Config config = new NerTrainingRun.Config(dir.resolve("none"), null, project,
        EnumSet.noneOf(SharedCorpus.class), true, true, 0, 1L, projectFeatures,
        new NerTrainer.Options("PERCEPTRON", 30, 0, 3));
    NerTrainingRun.Result result = new NerTrainingRun().run(config);
    assertThat(result.namesByType()).containsEntry("person", 40).containsEntry("location", 80)
        .containsEntry("misc", 40).containsEntry("organization", 40);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NerTrainer.write(result.model(), out);
    return out.toByteArray();
  }

  @Test
  void sameInputsGiveTheSameModelFile() throws IOException {
    Path project = projectDir();
    byte[] first = train(project, false);
    byte[] second = train(project, false);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void theProjectFeaturesAndGazetteersTravelInTheModelAndFindNames() throws IOException {
    Path project = projectDir();
    byte[] bytes = train(project, true);
    assertThat(train(project, true)).isEqualTo(bytes);
    TokenNameFinderModel model = NerTrainer.read(new ByteArrayInputStream(bytes));
    StatisticalNameFinder finder = new StatisticalNameFinder(model);
    String text = "Ola Berg flew to Oslo on Monday with Fjord Air .";
    List<Mention> mentions = finder.find(text, new NewsTokenizer().split(text));
    assertThat(mentions).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("Ola Berg", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Oslo", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("Fjord Air", EntityType.ORGANIZATION));
    assertThat(mentions).allSatisfy(m -> {
      assertThat(m.source()).isEqualTo("model");
      assertThat(m.confidence()).isBetween(0.0, 1.0);
    });
  }
}
