package dev.newsflow.models.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsSentenceGeneratorTest {

  @TempDir
  Path lists;

  @Test
  void fillsSlotsRepeatablyAndWritesHeadlinesInCapitals() throws IOException {
    Files.writeString(lists.resolve("cities.txt"), "# towns\nBergen\nTromso\n");
    Files.writeString(lists.resolve("first-names.txt"), "Kari\n");
    Files.writeString(lists.resolve("surnames.txt"), "Lund\n");
    NewsSentenceGenerator generator = new NewsSentenceGenerator(
        List.of("{location:cities} {date}", "!upper {person} wins in {location:cities} ."), lists);
    List<String> lines = generator.generate(6, 7L);
    assertThat(generator.generate(6, 7L)).isEqualTo(lines);
    assertThat(lines.get(0)).matches("<START:location> (Bergen|Tromso) <END> \\d{4}-\\d{2}-\\d{2}");
    assertThat(lines.get(1)).matches("<START:person> (KARI LUND|LUND) <END> WINS IN <START:location> "
        + "(BERGEN|TROMSO) <END> \\.");
    List<LabeledSentence> parsed = new ProjectSentenceReader().read(new StringReader(String.join("\n", lines)), "g");
    assertThat(parsed).hasSize(6).allSatisfy(s -> assertThat(s.spans()).isNotEmpty());
  }

  @Test
  void titleCaseHeadlinesAndUntaggedWords() throws IOException {
    Files.writeString(lists.resolve("countries.txt"), "Norway\n");
    Files.writeString(lists.resolve("titles.txt"), "Prime Minister\n");
    NewsSentenceGenerator generator = new NewsSentenceGenerator(
        List.of("!title stocks rise in {location:countries} as {word:titles} speaks"), lists);
    assertThat(generator.generate(1, 3L)).containsExactly(
        "Stocks Rise In <START:location> Norway <END> As Prime Minister Speaks");
  }

  @Test
  void unknownSlotsAndMissingListsFail() {
    assertThatThrownBy(() -> new NewsSentenceGenerator(List.of("{bogus}"), lists).generate(1, 1L))
        .isInstanceOf(IOException.class).hasMessageContaining("{bogus}");
    assertThatThrownBy(() -> new NewsSentenceGenerator(List.of("{location:nowhere}"), lists).generate(1, 1L))
        .isInstanceOf(IOException.class).hasMessageContaining("nowhere.txt");
  }
}
