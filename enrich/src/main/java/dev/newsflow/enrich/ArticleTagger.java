package dev.newsflow.enrich;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.tagging.TaggedLanguages;
import dev.newsflow.tagging.entities.EntityTagger;
import dev.newsflow.tagging.topics.DefaultTopicClassifier;
import dev.newsflow.tagging.topics.TopicClassifier;
import dev.newsflow.tagging.topics.TopicInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The NLP stages that follow cleaning: entities, then topics. Both look at the clean text and title of an
 * {@link EnrichedArticle} and return a copy with their field filled. Only English gets full tagging for now;
 * other languages keep their text and language and get a warning saying tagging was skipped.
 *
 * <p>Thread-safe if its stages are (the default ones are). No Kafka inside.
 */
public final class ArticleTagger {

  /**
   * Entities are looked for in this many characters of text at most (about 30,000 words, ten times a long
   * feature). Tagging time grows with the text, and one record's processing must stay well inside the
   * exactly-once transaction timeout (10 s in Kafka Streams), or the transaction is aborted and the record
   * processed again, forever.
   */
  public static final int MAX_TAGGED_CHARS = 200_000;

  /** Finds the entities of one article. Offsets in the returned spans are into {@code text}. */
  @FunctionalInterface
  public interface EntityStage {
    List<Entity> entities(String title, String text);
  }

  private final EntityStage entityStage;
  private final TopicClassifier topicClassifier;

  public ArticleTagger(EntityStage entityStage, TopicClassifier topicClassifier) {
    this.entityStage = Objects.requireNonNull(entityStage, "entityStage");
    this.topicClassifier = Objects.requireNonNull(topicClassifier, "topicClassifier");
  }

  /** The stages of the tagging library: {@code entities} for the entity stage, {@code topics} for the topic stage. */
  public static ArticleTagger of(EntityTagger entities, TopicClassifier topics) {
    return new ArticleTagger((title, text) -> TaggingRecords.toAvro(entities.entities(title, text)), topics);
  }

  /** The shipped entity tagger and topic classifier (no user topic model). */
  public static ArticleTagger shipped() {
    return of(EntityTagger.shipped(), DefaultTopicClassifier.load());
  }

  /** Tags nothing: for tests and tools that only need cleaning. */
  public static ArticleTagger none() {
    return new ArticleTagger((title, text) -> List.of(), input -> List.of());
  }

  public EnrichedArticle tagEntities(EnrichedArticle article) {
    if (!isSupported(article)) {
      return withSkipWarning(article);
    }
    String text = article.getText();
    if (text.length() <= MAX_TAGGED_CHARS) {
      return EnrichedArticle.newBuilder(article)
          .setEntities(entityStage.entities(nullToEmpty(article.getTitle()), text)).build();
    }
    // Spans are offsets from the start, so they hold in the whole text.
    String head = text.substring(0, taggedLength(text));
    List<String> warnings = new ArrayList<>(article.getWarnings());
    warnings.add("entities looked for in the first " + head.length() + " of " + text.length() + " characters");
    return EnrichedArticle.newBuilder(article).setEntities(entityStage.entities(nullToEmpty(article.getTitle()), head))
        .setWarnings(warnings).build();
  }

  public EnrichedArticle tagTopics(EnrichedArticle article) {
    if (!isSupported(article)) {
      return article;
    }
    TopicInput input = new TopicInput(article.getTitle(), article.getText(), article.getSection(),
        article.getUrl(), TaggingRecords.fromAvro(article.getEntities()));
    return EnrichedArticle.newBuilder(article)
        .setTopics(TaggingRecords.topicsToAvro(topicClassifier.classify(input))).build();
  }

  /** Up to {@link #MAX_TAGGED_CHARS}, ending at the last paragraph or space before it so no word is cut. */
  static int taggedLength(String text) {
    int paragraph = text.lastIndexOf("\n\n", MAX_TAGGED_CHARS);
    if (paragraph > MAX_TAGGED_CHARS / 2) {
      return paragraph;
    }
    int space = text.lastIndexOf(' ', MAX_TAGGED_CHARS);
    return space > 0 ? space : MAX_TAGGED_CHARS;
  }

  static boolean isSupported(EnrichedArticle article) {
    return TaggedLanguages.isTagged(article.getLanguage());
  }

  private static EnrichedArticle withSkipWarning(EnrichedArticle article) {
    List<String> warnings = new ArrayList<>(article.getWarnings());
    warnings.add("tagging skipped: language '" + article.getLanguage() + "' has no entity or topic models yet");
    return EnrichedArticle.newBuilder(article).setWarnings(warnings).build();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
