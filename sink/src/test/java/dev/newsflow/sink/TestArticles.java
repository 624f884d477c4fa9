package dev.newsflow.sink;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Enriched articles for sink tests. */
public final class TestArticles {

  private TestArticles() {}

  public static EnrichedArticle article(String id, String title) {
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setSourceId("test")
        .setSourceType(SourceType.FILE)
        .setUrl("https://news.example/" + id)
        .setTitle(title)
        .setAuthors(List.of("A. Writer"))
        .setFetchedAt(Instant.parse("2025-01-01T00:00:00Z"))
        .setEnrichedAt(Instant.parse("2025-01-01T00:00:01Z"))
        .setText("Body of " + title)
        .setWordCount(3)
        .setEntities(List.of(Entity.newBuilder().setName("Northport").setType(EntityType.LOCATION)
            .setMentions(2).setSalience(0.5).setSpans(List.of(new Span(0, 9))).build()))
        .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.9, 1)))
        .setContentHash("0".repeat(64))
        .setSimhash(42L)
        .setPipelineVersion("test")
        .build();
  }

  private static final String[] WORDS = ("the minister said on Tuesday that parliament would vote on the budget after "
      + "weeks of talks between coalition partners while markets in Europe rose and analysts expected the central "
      + "bank to hold interest rates steady as inflation eased across the region according to official figures "
      + "released by the statistics office in the capital where protesters gathered outside government buildings")
      .split(" ");
  private static final String[] NAMES = {"Volodymyr Zelensky", "Olaf Scholz", "European Union", "Kyiv", "Berlin",
      "United Nations", "Emmanuel Macron", "World Bank", "Brussels", "NATO"};
  private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PERSON, EntityType.ORGANIZATION,
      EntityType.LOCATION, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.PERSON,
      EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.ORGANIZATION};

  /** A realistically sized article (5 to 10 KB of text, 4 entities, 3 topics), the same for the same seed. */
  public static EnrichedArticle realistic(String id, long seed) {
    Random random = new Random(seed);
    int size = 5_000 + random.nextInt(5_000);
    StringBuilder text = new StringBuilder(size + 100);
    int words = 0;
    while (text.length() < size) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(words % 17 == 16 ? ". " : " ");
      words++;
    }
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int n = (int) ((seed + i * 3) % NAMES.length);
      entities.add(Entity.newBuilder().setName(NAMES[n]).setType(TYPES[n]).setMentions(1 + random.nextInt(5))
          .setSalience(random.nextDouble()).setSpans(List.of(new Span(0, 5))).build());
    }
    Instant enriched = Instant.parse("2025-06-01T00:00:00Z").plusSeconds(seed);
    return EnrichedArticle.newBuilder(article(id, "Article " + id + " on the budget vote"))
        .setSourceId("source-" + (seed % 7))
        .setDescription("What happened in the budget talks")
        .setPublishedAt(enriched.minusSeconds(600))
        .setFetchedAt(enriched.minusSeconds(60))
        .setEnrichedAt(enriched)
        .setLanguage("en")
        .setText(text.toString())
        .setWordCount(words)
        .setEntities(entities)
        .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.8, 1),
            new Topic("medtop:04000000", "economy, business and finance", 0.6, 2),
            new Topic("medtop:16000000", "conflict, war and peace", 0.2, 3)))
        .build();
  }
}
