package dev.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.sink.jdbc.Dialect;
import dev.newsflow.sink.jdbc.Migrations;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema is created by versioned migrations, each applied once however often stores open. */
abstract class AbstractMigrationSuite extends AbstractStoreSuite {

  protected abstract Dialect dialect();

  @Test
  void shouldApplyEachMigrationOnceAcrossRestarts() throws Exception {
    store.close();
    store = fixture.open();
    store.close();
    store = fixture.open();

    assertThat(fixture.query("SELECT version, description FROM schema_version ORDER BY version")).containsExactly(
        List.of(1, "articles, entities and topics with full-text search"),
        List.of(2, "every contract field, query indexes, text search by language"),
        List.of(3, "publish day and zone offset as the page wrote them"),
        List.of(4, "stories and each article's story"));
  }

  /** Issue 16, item 8: V2 upgrades a database written by V1 in place. */
  @Test
  void shouldUpgradeAVersionOneDatabaseKeepingItsRows() throws Exception {
    try (StoreFixture old = createFixture()) {
      old.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, "
          + "applied_at TIMESTAMP NOT NULL)");
      for (String sql : Migrations.load(dialect()).get(0).sql().split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          old.execute(sql);
        }
      }
      old.execute("INSERT INTO schema_version VALUES (1, 'v1', TIMESTAMP '2025-01-01 00:00:00')");
      old.execute("INSERT INTO articles (id, source, authors, language, fetched_at, enriched_at, word_count, text, "
          + "pipeline_version) VALUES ('old1', 'wire', ARRAY['A. Writer'], 'fr', TIMESTAMP '2025-01-01 00:00:00', "
          + "TIMESTAMP '2025-01-01 00:00:01', 3, 'Les élections législatives', 'v1')");
      old.execute("INSERT INTO article_entities (article_id, name, type, mentions, salience) "
          + "VALUES ('old1', 'Paris', 'LOCATION', 1, 0.5)");

      old.open().close();

      assertThat(old.query("SELECT max(version) FROM schema_version")).containsExactly(List.of(4));
      assertThat(old.query("SELECT id, text, source_type, simhash, warnings, story_id FROM articles"))
          .containsExactly(Arrays.asList("old1", "Les élections législatives", null, null, List.of(), null));
      assertThat(old.query("SELECT count(*) FROM stories")).containsExactly(List.of(0L));
      assertThat(old.query("SELECT name, span_starts, span_ends FROM article_entities"))
          .containsExactly(List.of("Paris", List.of(), List.of()));
    }
  }
}
