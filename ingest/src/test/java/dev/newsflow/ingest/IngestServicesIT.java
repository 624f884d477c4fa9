package dev.newsflow.ingest;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.feed.FeedDirectory;
import dev.newsflow.ingest.feed.FeedsSource;
import dev.newsflow.ingest.service.SourceStatus;
import dev.newsflow.ingest.testing.LocalWebServer;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The factory's feeds on the shared list: the one source it builds that needs the broker. */
@ExtendWith(NewsflowClusterExtension.class)
class IngestServicesIT {

  @TempDir
  Path dir;

  @Test
  void shouldCreateTheSharedFeedListAndPollTheFeedsItAssigns(TestCluster cluster) throws Exception {
    String feedsTopic = "ingest-services-it.feeds";
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    try (LocalWebServer server = new LocalWebServer();
        IngestServices services = new IngestServices(LocalWebServer.testSettings(Map.of("data-dir", dir.toString())),
            kafka, "ingest-services-it.raw")) {
      byte[] empty = ("<rss version=\"2.0\"><channel><title>t</title><link>" + server.base()
          + "/</link><description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
      server.on("/feeds/", ex -> send(ex, 200, "application/rss+xml", empty));
      String shared = server.base() + "/feeds/shared";

      FeedsSource source = services.feeds(List.of(), feedsTopic, "ingest-services-it");
      FeedDirectory.put(kafka, feedsTopic, shared, null);
      source.start();
      SourceStatus running;
      try {
        Await.until("the shared feed to be polled", () -> !server.requests("/feeds/shared").isEmpty(),
            Duration.ofSeconds(60));
        running = source.status();
      } finally {
        source.stop();
      }

      assertThat(running.counts()).containsEntry("feeds", 1L);
      assertThat(running.detail()).contains("following the shared list");
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
        TopicDescription topic = admin.describeTopics(List.of(feedsTopic)).allTopicNames().get().get(feedsTopic);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, feedsTopic);
        String cleanup = admin.describeConfigs(List.of(resource)).all().get().get(resource)
            .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        assertThat(topic.partitions()).hasSize(FeedDirectory.DEFAULT_PARTITIONS);
        assertThat(cleanup).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
      }
    }
  }
}
