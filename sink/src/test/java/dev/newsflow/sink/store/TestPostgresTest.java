package dev.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14: the PostgreSQL tests find a server or start one, so a fresh machine needs none set up. */
class TestPostgresTest {

  @Test
  void shouldUseTheConfiguredServerFirst() {
    TestPostgres.Server server = TestPostgres.choose(Map.of("NEWSFLOW_TEST_PG_URL",
        "jdbc:postgresql://db.example:6543/news", "NEWSFLOW_TEST_PG_USER", "tester",
        "NEWSFLOW_TEST_PG_PASSWORD", "secret", "NEWSFLOW_TEST_PG", "embedded"));

    assertThat(server.url()).isEqualTo("jdbc:postgresql://db.example:6543/news");
    assertThat(server.user()).isEqualTo("tester");
    assertThat(server.password()).isEqualTo("secret");
    assertThat(server.host()).isEqualTo("db.example");
    assertThat(server.port()).isEqualTo(6543);
    assertThat(server.hostAndPort()).isEqualTo("db.example:6543");
    assertThat(server.toString()).doesNotContain("secret");
  }

  @Test
  void shouldTakeTheDefaultPortWhenTheUrlHasNone() {
    TestPostgres.Server server = TestPostgres.choose(Map.of("NEWSFLOW_TEST_PG_URL", "jdbc:postgresql://db/news"));

    assertThat(server.port()).isEqualTo(5432);
    assertThat(server.user()).isEqualTo("postgres");
  }

  @Test
  void shouldStartAnEmbeddedServerWhenAskedToSkipTheLocalOne() throws Exception {
    TestPostgres.Server server = TestPostgres.choose(Map.of("NEWSFLOW_TEST_PG", "embedded"));

    assertThat(server.origin()).startsWith("embedded PostgreSQL");
    assertThat(server.url()).endsWith("/" + TestPostgres.DATABASE).doesNotContain(":5432/");
    try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
         Statement statement = connection.createStatement();
         ResultSet result = statement.executeQuery("SELECT current_database(), version()")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo(TestPostgres.DATABASE);
      assertThat(result.getString(2)).startsWith("PostgreSQL");
    }
  }
}
