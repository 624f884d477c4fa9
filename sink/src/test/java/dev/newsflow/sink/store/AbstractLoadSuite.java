package dev.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.sink.TestArticles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loads 10,000 realistically sized articles (5–10 KB of text each) in sink-sized batches and checks every row
 * arrived. Prints the throughput; does not assert it (machines differ).
 */
abstract class AbstractLoadSuite extends AbstractStoreSuite {

  static final int ARTICLES = 10_000;
  static final int BATCH = 500;

  @Test
  void shouldLoadTenThousandArticles() throws Exception {
    List<List<EnrichedArticle>> batches = new ArrayList<>();
    long bytes = 0;
    for (int start = 0; start < ARTICLES; start += BATCH) {
      List<EnrichedArticle> batch = new ArrayList<>(BATCH);
      for (int i = start; i < start + BATCH; i++) {
        EnrichedArticle article = TestArticles.realistic("load-" + i, i);
        bytes += article.getText().length();
        batch.add(article);
      }
      batches.add(batch);
    }
    long begin = System.nanoTime();
    for (List<EnrichedArticle> batch : batches) {
      store.write(batch);
    }
    double seconds = (System.nanoTime() - begin) / 1e9;

    assertThat(count("SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
    assertThat(count("SELECT count(DISTINCT id) FROM articles")).isEqualTo(ARTICLES);
    assertThat(count("SELECT count(*) FROM article_entities")).isEqualTo(4L * ARTICLES);
    assertThat(count("SELECT count(*) FROM article_topics")).isEqualTo(3L * ARTICLES);
    System.out.printf("LOAD %s: %d articles (avg %.1f KB text) in %d batches of %d: %.2f s, %.0f articles/s%n",
        store.name(), ARTICLES, bytes / 1024.0 / ARTICLES, batches.size(), BATCH, seconds, ARTICLES / seconds);
  }
}
