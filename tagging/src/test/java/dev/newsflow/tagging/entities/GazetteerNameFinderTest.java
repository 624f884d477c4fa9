package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerNameFinderTest {

  private final GazetteerNameFinder finder = new GazetteerNameFinder(SmallKb.get());
  private final NewsTokenizer tokenizer = new NewsTokenizer();

  private List<Mention> find(String text) {
    return finder.find(text, tokenizer.split(text));
  }

  private static List<String> texts(List<Mention> mentions) {
    return mentions.stream().map(Mention::text).toList();
  }

  @Test
  void shouldIgnoreCommonWordsThatArePlacesAtASentenceStart() {
    String text = "Reading the report, officials in Reading said little. Nice weather helped.";
    List<Mention> found = find(text);
    assertThat(found).extracting(Mention::start).containsExactly(text.indexOf("in Reading") + 3);
    assertThat(found.get(0).type()).isEqualTo(EntityType.LOCATION);
    // Mid-sentence the town is found, but weakly: it is also an everyday word.
    assertThat(found.get(0).confidence()).isLessThan(0.6);
  }

  @Test
  void shouldRequireCapitalisation() {
    assertThat(find("we went reading in nice weather and told us about it")).isEmpty();
    assertThat(texts(find("The US and the U.S. both mean America."))).containsExactly("US", "U.S.", "America");
  }

  @Test
  void shouldPreferTheLongestAlias() {
    assertThat(find("He wrote for the New York Times from New York City."))
        .extracting(Mention::text, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("New York Times", EntityType.ORGANIZATION),
            org.assertj.core.groups.Tuple.tuple("New York City", EntityType.LOCATION));
  }

  @Test
  void shouldLeaveTownsInsideLongerNamesAndPersonNamesAlone() {
    assertThat(find("The quarterback Carson Wentz is out.")).isEmpty();
    assertThat(find("It was Martin who scored.")).isEmpty();
    assertThat(texts(find("The team flew to Carson on Monday."))).containsExactly("Carson");
  }

  @Test
  void shouldTagNationalitiesAsMiscAndMatchCapitalsInDatelines() {
    List<Mention> found = find("KIEV, Ukraine\nUkrainian officials met French diplomats.");
    assertThat(found).extracting(Mention::text).containsExactly("KIEV", "Ukraine", "Ukrainian", "French");
    assertThat(found).extracting(Mention::type).containsExactly(EntityType.LOCATION, EntityType.LOCATION,
        EntityType.MISC, EntityType.MISC);
  }

  @Test
  void shouldIgnoreCommonWordsInHeadlinesAndScoreAmbiguity() {
    assertThat(texts(find("Leaders Meet in Nice to Revive Peace Talks"))).isEmpty();
    Mention washington = find("She lives in Washington now.").get(0);
    Mention geneva = find("She lives in Geneva now.").get(0);
    // "Washington" is a city and a person's name: the more likely type wins, with less confidence.
    assertThat(washington.type()).isEqualTo(EntityType.PERSON);
    assertThat(washington.confidence()).isLessThan(geneva.confidence());
  }
}
