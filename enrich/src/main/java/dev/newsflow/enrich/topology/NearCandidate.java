package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.dedupe.Original;
import dev.newsflow.schema.EnrichedArticle;
import java.util.Objects;

/**
 * An article on its way through the band chain, with the original that earlier bands found for it (null while
 * none). Immutable (the article is not touched on the way).
 */
record NearCandidate(EnrichedArticle article, Original original) {

  NearCandidate {
    Objects.requireNonNull(article, "article");
  }

  NearCandidate withOriginal(Original value) {
    return value == original ? this : new NearCandidate(article, value);
  }
}
