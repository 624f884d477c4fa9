package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Topic;
import dev.newsflow.tagging.topics.TopicScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTaggerTest {

  private static final Entity GENEVA = Entity.newBuilder().setName("Geneva").setType(EntityType.LOCATION)
      .setSpans(List.of(new Span(0, 6))).build();

  private final ArticleTagger tagger = new ArticleTagger(
      (title, text) -> text.contains("Geneva") ? List.of(GENEVA) : List.of(),
      input -> input.entities().isEmpty() ? List.of()
          : List.of(new TopicScore("medtop:11000000", "politics", 0.9, 1)));

  @Test
  void englishArticleGetsEntitiesThenTopicsThatSeeThem() {
    EnrichedArticle tagged = tagger.tagTopics(tagger.tagEntities(article("en", "Geneva talks resume.")));

    assertThat(tagged.getEntities()).containsExactly(GENEVA);
    assertThat(tagged.getTopics()).extracting(Topic::getLabel).containsExactly("politics");
    assertThat(tagged.getWarnings()).isEmpty();
  }

  @Test
  void unknownLanguageIsTaggedAsTheLikelierCase() {
    EnrichedArticle tagged = tagger.tagEntities(article(null, "Geneva talks resume."));

    assertThat(tagged.getEntities()).containsExactly(GENEVA);
  }

  @Test
  void otherLanguagesKeepTextAndGetAWarningInsteadOfTags() {
    EnrichedArticle tagged = tagger.tagTopics(tagger.tagEntities(article("de", "Geneva Gespräche gehen weiter.")));

    assertThat(tagged.getEntities()).isEmpty();
    assertThat(tagged.getTopics()).isEmpty();
    assertThat(tagged.getText()).isEqualTo("Geneva Gespräche gehen weiter.");
    assertThat(tagged.getWarnings()).singleElement().asString().contains("language 'de'");
  }

  @Test
  void shouldLookForEntitiesInTheFirstPartOfAVeryLongTextAndSaySo() {
    String paragraph = "Geneva talks resume as delegates arrive for another long day of meetings.\n\n";
    String text = paragraph.repeat(ArticleTagger.MAX_TAGGED_CHARS / paragraph.length() * 3);
    List<Integer> seenLengths = new java.util.ArrayList<>();
    ArticleTagger counting = new ArticleTagger((title, seen) -> {
      seenLengths.add(seen.length());
      return List.of(GENEVA);
    }, input -> List.of());

    EnrichedArticle tagged = counting.tagEntities(article("en", text));

    assertThat(seenLengths).singleElement().satisfies(length -> {
      assertThat(length).isLessThanOrEqualTo(ArticleTagger.MAX_TAGGED_CHARS);
      assertThat(length).isGreaterThan(ArticleTagger.MAX_TAGGED_CHARS - paragraph.length());
      assertThat(text.substring(length)).startsWith("\n\nGeneva");
    });
    assertThat(tagged.getEntities()).containsExactly(GENEVA);
    assertThat(tagged.getText()).isEqualTo(text);
    assertThat(tagged.getWarnings()).singleElement().asString()
        .startsWith("entities looked for in the first ").endsWith(" of " + text.length() + " characters");
  }

  private static EnrichedArticle article(String language, String text) {
    RawArticle raw = RawArticle.newBuilder().setId("a1").setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setContent(text)
        .setFetchedAt(Instant.parse("2025-11-30T10:00:00Z")).setHints(Map.of()).build();
    EnrichedArticle clean = new ArticleEnricher().enrich(raw);
    return EnrichedArticle.newBuilder(clean).setLanguage(language).setText(text).setWarnings(List.of()).build();
  }
}
