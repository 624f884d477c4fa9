package dev.newsflow.enrich;

import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.CleanLimits;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.tagging.entities.EntityTagger;
import dev.newsflow.tagging.topics.DefaultTopicClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * The per-article stages the topology wires: clean (with fingerprints), entities, topics. Plain Java, no Kafka:
 * the topology only calls them. Built from settings by {@link #load}; tests give their own with {@link #of}.
 *
 * <p>Thread-safe: one instance serves every stream thread (the models inside are read-only).
 */
public final class EnrichStages {

  private final Function<RawArticle, EnrichedArticle> clean;
  private final ArticleTagger tagger;

  private EnrichStages(Function<RawArticle, EnrichedArticle> clean, ArticleTagger tagger) {
    this.clean = Objects.requireNonNull(clean, "clean");
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /**
   * The production stages: the cleaner within {@code limits}, the shipped entity tagger and the topic classifier
   * (blended with the user's topic model when the settings name one).
   *
   * @throws UncheckedIOException when the topic model file cannot be read
   */
  public static EnrichStages load(CleanLimits limits, TaggingSettings tagging) {
    ArticleEnricher enricher = new ArticleEnricher(new ArticleCleaner(limits), Clock.systemUTC());
    DefaultTopicClassifier topics;
    try {
      topics = DefaultTopicClassifier.load(tagging.topicModel(), tagging.topicBlend());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the topic model " + tagging.topicModel(), e);
    }
    return new EnrichStages(enricher::enrich, ArticleTagger.of(EntityTagger.shipped(), topics));
  }

  /** Given stages (tests use this to make a stage fail or to leave tagging out). */
  public static EnrichStages of(Function<RawArticle, EnrichedArticle> clean, ArticleTagger tagger) {
    return new EnrichStages(clean, tagger);
  }

  /** The given clean stage and no tagging (tests of cleaning and dedupe). */
  public static EnrichStages cleanOnly(Function<RawArticle, EnrichedArticle> clean) {
    return new EnrichStages(clean, ArticleTagger.none());
  }

  public EnrichedArticle clean(RawArticle raw) {
    return clean.apply(raw);
  }

  public EnrichedArticle entities(EnrichedArticle article) {
    return tagger.tagEntities(article);
  }

  public EnrichedArticle topics(EnrichedArticle article) {
    return tagger.tagTopics(article);
  }
}
