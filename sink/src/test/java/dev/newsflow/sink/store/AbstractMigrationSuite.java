package dev.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema is created by versioned migrations, each applied once however often stores open. */
abstract class AbstractMigrationSuite extends AbstractStoreSuite {

  @Test
  void shouldApplyEachMigrationOnceAcrossRestarts() throws Exception {
    store.close();
    store = fixture.open();
    store.close();
    store = fixture.open();

    List<List<Object>> versions = fixture.query("SELECT version, description FROM schema_version");
    assertThat(versions).doesNotHaveDuplicates().contains(
        List.of(1, "articles, entities and topics with full-text search"),
        List.of(3, "publish day and zone offset as the page wrote them"));
  }
}
