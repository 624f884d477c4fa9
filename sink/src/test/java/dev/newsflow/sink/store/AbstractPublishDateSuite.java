package dev.newsflow.sink.store;

import static dev.newsflow.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import dev.newsflow.schema.EnrichedArticle;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 19: the page's own publish day and offset are stored beside the UTC instant, which may be a day off. */
abstract class AbstractPublishDateSuite extends AbstractStoreSuite {

  private static final String READ = "SELECT CAST(published_date AS VARCHAR), published_offset FROM articles "
      + "WHERE id = ?";

  @Test
  void shouldStoreThePagesOwnDayAndOffset() throws Exception {
    store.write(List.of(EnrichedArticle.newBuilder(article("d1", "Bridge vote"))
        .setPublishedAt(Instant.parse("2020-03-15T23:30:00Z")).setPublishedDate("2020-03-16")
        .setPublishedOffset("+01:00").build()));

    assertThat(fixture.query(READ, "d1")).containsExactly(List.of("2020-03-16", "+01:00"));
  }

  @Test
  void shouldStoreNullsWhenThePageGaveNoDay() throws Exception {
    store.write(List.of(article("d2", "Undated")));

    assertThat(fixture.query(READ, "d2")).containsExactly(Arrays.asList(null, null));
  }

  @Test
  void shouldUpdateTheDayWithANewerVersion() throws Exception {
    EnrichedArticle first = EnrichedArticle.newBuilder(article("d3", "Vote")).setPublishedDate("2020-03-15").build();
    store.write(List.of(first));
    store.write(List.of(EnrichedArticle.newBuilder(first).setEnrichedAt(first.getEnrichedAt().plusSeconds(5))
        .setPublishedDate("2020-03-16").setPublishedOffset("Z").build()));

    assertThat(fixture.query(READ, "d3")).containsExactly(List.of("2020-03-16", "Z"));
  }

  @Test
  void shouldRefuseAMalformedDayAsADataError() throws Exception {
    Exception failure = catchException(() -> store.write(List.of(EnrichedArticle.newBuilder(article("d4", "Bad"))
        .setPublishedDate("16/03/2020").build())));

    assertThat(failure).isNotNull();
    assertThat(store.isPermanent(failure)).as("no retry fixes a malformed day").isTrue();
  }
}
