package dev.newsflow.enrich;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.enrich.entities.NameFinder;
import dev.newsflow.enrich.entities.model.StatisticalNameFinder;
import dev.newsflow.enrich.topics.DefaultTopicClassifier;
import dev.newsflow.enrich.topics.TopicClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The production tagging stages, loaded once per JVM on first use: the models and the knowledge base are
 * read-only and shared by every stream thread, every topology built in this process and the CLI.
 */
public final class DefaultTagging {

  private DefaultTagging() {}

  /** Entities then topics, as the topology runs them. */
  public static ArticleTagger tagger() {
    return Holder.TAGGER;
  }

  /** The entity tagger: the knowledge-base gazetteer, the rules and the statistical model. */
  public static EntityTagger entityTagger() {
    return Holder.ENTITIES;
  }

  /** The topic classifier: lexicon, the project's Naive Bayes model, section, URL and entity hints. */
  public static TopicClassifier topicClassifier() {
    return Holder.TOPICS;
  }

  private static List<NameFinder> modelFinders() {
    List<NameFinder> finders = new ArrayList<>();
    finders.add(StatisticalNameFinder.loadDefault());
    return finders;
  }

  private static final class Holder {
    static final EntityTagger ENTITIES = EntityTagger.withFinders(modelFinders());
    static final TopicClassifier TOPICS = DefaultTopicClassifier.load();
    static final ArticleTagger TAGGER = new ArticleTagger(ENTITIES::entities, TOPICS);
  }
}
