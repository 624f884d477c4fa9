package dev.newsflow.sink;

import static dev.newsflow.sink.SinkServiceIT.await;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.sink.postgres.PostgresSettings;
import dev.newsflow.sink.postgres.PostgresStore;
import dev.newsflow.sink.store.PostgresFixture;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * Issue 15, item 5: while the sink retries a batch that PostgreSQL refuses, its warnings name the batch (ids,
 * offsets, SQLSTATE) and never hold article text. Before the fix each warning carried the driver's message: the
 * whole INSERT with every value, text included.
 */
@ExtendWith(NewsflowClusterExtension.class)
class SinkRetryLogIT {

  private static final String MARKER = "Quarantined-sentence-that-must-stay-out-of-logs";

  private PostgresFixture db;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger sinkLogger = (Logger) LoggerFactory.getLogger("dev.newsflow.sink");

  @BeforeEach
  void setUp() throws Exception {
    db = new PostgresFixture();
    logs.start();
    sinkLogger.addAppender(logs);
  }

  @AfterEach
  void tearDown() throws Exception {
    sinkLogger.detachAppender(logs);
    db.close();
  }

  @Test
  void shouldLogTheBatchButNeverItsTextWhileRetrying(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("pg-logs.raw", "pg-logs.enriched", "pg-logs.dlq");
    cluster.createTopics(1, topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    // The sink gives up on a lock after 200 ms: a table locked by someone else is a retryable failure.
    PostgresSettings impatient = new PostgresSettings(db.settings().jdbcUrl() + "&options=-c%20lock_timeout%3D200",
        db.settings().user(), db.settings().password());

    try (SinkService sink = new SinkService(SinkConfig.defaults(kafka).withTopics(topics).withGroupId("pg-logs")
             .withBatching(10, Duration.ofMillis(100)).withRetries(Duration.ofMillis(100), Duration.ofMillis(300), 3),
             new PostgresStore(impatient));
         Connection locker = DriverManager.getConnection(db.settings().jdbcUrl(), db.settings().user(),
             db.settings().password())) {
      sink.start();
      locker.setAutoCommit(false);
      try (Statement statement = locker.createStatement()) {
        statement.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE");
      }
      PostgresSinkIT.produce(kafka, topics.enriched(), 3, i -> withMarker("logged-" + i, i));
      await(() -> sink.failedWrites() >= 2, Duration.ofSeconds(60));
      locker.rollback();
      await(() -> rows() == 3, Duration.ofSeconds(60));
    }

    List<String> lines = logs.list.stream().map(SinkRetryLogIT::render).toList();
    assertThat(lines).noneMatch(line -> line.contains(MARKER));
    assertThat(lines).anyMatch(line -> line.contains("failed to write 3 records (ids logged-0, logged-1, logged-2;")
        && line.contains("SQLSTATE 55P03"));
  }

  private long rows() {
    try {
      return ((Number) db.query("SELECT count(*) FROM articles").get(0).get(0)).longValue();
    } catch (Exception e) {
      return -1;
    }
  }

  private static EnrichedArticle withMarker(String id, int seed) {
    EnrichedArticle article = TestArticles.realistic(id, seed);
    return EnrichedArticle.newBuilder(article).setText(article.getText() + "\n\n" + MARKER + ".").build();
  }

  private static String render(ILoggingEvent event) {
    return event.getFormattedMessage()
        + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
  }
}
