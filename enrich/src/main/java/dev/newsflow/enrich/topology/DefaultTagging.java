package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.ArticleTagger;

/**
 * The production tagging stages, loaded once per JVM: the models and the knowledge base are read-only and
 * shared by every stream thread and every topology built in this process.
 */
final class DefaultTagging {

  private DefaultTagging() {}

  static ArticleTagger tagger() {
    return Holder.TAGGER;
  }

  private static final class Holder {
    // Filled with the entity tagger and topic classifier as they land (issue 4).
    static final ArticleTagger TAGGER = ArticleTagger.none();
  }
}
