package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {

  /** Issue 16, item 7: JavaScript clients cannot hold the 64-bit simhash as a number; the hex string is exact. */
  @Test
  void shouldCarryTheSimhashAsSixteenHexDigits() {
    EnrichedArticle article = new ArticleEnricher().enrich(RawArticle.newBuilder().setId("a").setSourceId("s")
        .setSourceType(SourceType.PUSH).setContentType(ContentType.TEXT)
        .setContent("The harbour bridge in Northport reopened on Monday after eight months of repairs.")
        .setFetchedAt(Instant.EPOCH).build());

    assertThat(article.getSimhashHex()).matches("[0-9a-f]{16}");
    assertThat(Long.parseUnsignedLong(article.getSimhashHex(), 16)).isEqualTo(article.getSimhash());
  }
}
