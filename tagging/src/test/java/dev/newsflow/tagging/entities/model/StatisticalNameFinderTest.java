package dev.newsflow.tagging.entities.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model, loaded from the classpath, on sentences written for this test. */
class StatisticalNameFinderTest {

  private static StatisticalNameFinder finder;
  private final NewsTokenizer tokenizer = new NewsTokenizer();

  @BeforeAll
  static void load() {
    finder = StatisticalNameFinder.loadDefault();
  }

  private List<Mention> find(String text) {
    return finder.find(text, tokenizer.split(text));
  }

  @Test
  void findsClearCutPeoplePlacesAndOrganisations() {
    String text = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday .\n"
        + "Shares of Siemens fell 3 percent in Frankfurt after the company cut its forecast .\n"
        + "The United Nations said aid would reach Sudan next week .";
    assertThat(find(text)).extracting(Mention::text, Mention::type).contains(
        tuple("Emmanuel Macron", EntityType.PERSON),
        tuple("Olaf Scholz", EntityType.PERSON),
        tuple("Berlin", EntityType.LOCATION),
        tuple("Frankfurt", EntityType.LOCATION),
        tuple("Sudan", EntityType.LOCATION),
        tuple("United Nations", EntityType.ORGANIZATION));
  }

  @Test
  void mentionsPointIntoTheTextAndCarryTheModelAsSource() {
    String text = "GENEVA 2024-05-02\nSwiss police said Anna Keller had been found .";
    List<Mention> mentions = find(text);
    assertThat(mentions).isNotEmpty().allSatisfy(m -> {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.source()).isEqualTo("model");
      assertThat(m.confidence()).isBetween(0.0, 1.0);
    });
    assertThat(mentions).extracting(Mention::text).contains("GENEVA", "Anna Keller");
  }

  @Test
  void concurrentUseGivesTheSameAnswersAsSingleThreadedUse() throws Exception {
    List<String> texts = List.of(
        "Prime Minister Narendra Modi arrived in Tokyo on Friday .",
        "Real Madrid beat Barcelona 2-1 in the Spanish league on Sunday .",
        "Talks between Russia and Ukraine resumed in Istanbul , Turkish officials said .",
        "Angela Ruiz , a spokeswoman for the World Health Organization , declined to comment .");
    List<List<Mention>> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(find(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 50; round++) {
            for (int i = 0; i < texts.size(); i++) {
              if (!find(texts.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
