package dev.newsflow.ingest.feed;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.testing.LocalWebServer;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two ingest instances share the feed list on a compacted topic: every feed is polled by exactly one of them. */
@ExtendWith(NewsflowClusterExtension.class)
class FeedDirectoryIT {

  @TempDir
  Path dir;

  @Test
  void shouldSplitTheFeedsBetweenInstancesAndFollowAdditionsAndRemovals(TestCluster cluster) throws Exception {
    String feedsTopic = "ingest-feeds-directory-it";
    String rawTopic = "ingest-feeds-directory-it.raw";
    cluster.createTopics(1, rawTopic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    FeedDirectory.ensureTopic(kafka, feedsTopic, 4);
    try (LocalWebServer server = new LocalWebServer();
        ArticlePublisher publisher = new ArticlePublisher(kafka, rawTopic);
        HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(Map.of()))) {
      byte[] empty = ("<rss version=\"2.0\"><channel><title>t</title><link>" + server.base()
          + "/</link><description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
      server.on("/feeds/", ex -> send(ex, 200, "application/rss+xml", empty));
      // Twelve feeds over four partitions: each instance gets two partitions, and with five feeds all of them fell
      // into one instance's two about once in sixteen runs (the keys carry the server's random port).
      List<String> feeds = "abcdefghijkl".chars().mapToObj(c -> server.base() + "/feeds/" + (char) c).toList();
      for (String feed : feeds) {
        FeedDirectory.put(kafka, feedsTopic, feed, Duration.ofMinutes(10));
      }
      FeedPoller one = poller(fetcher, publisher, "one");
      FeedPoller two = poller(fetcher, publisher, "two");
      try (FeedDirectory first = new FeedDirectory(kafka, feedsTopic, "feeds-it", one);
          FeedDirectory second = new FeedDirectory(kafka, feedsTopic, "feeds-it", two)) {
        first.start();
        Await.until("the first instance to own every feed", () -> one.feeds().size() == feeds.size(),
            Duration.ofSeconds(30));
        second.start();
        Await.until("the feeds to be split between both instances",
            () -> !one.feeds().isEmpty() && !two.feeds().isEmpty()
                && one.feeds().size() + two.feeds().size() == feeds.size(),
            Duration.ofSeconds(60));
        Set<String> union = new HashSet<>(one.feeds());
        union.addAll(two.feeds());
        assertThat(union).containsExactlyInAnyOrderElementsOf(feeds);
        assertThat(one.feeds()).doesNotContainAnyElementsOf(two.feeds());

        FeedDirectory.remove(kafka, feedsTopic, feeds.get(0));
        FeedDirectory.put(kafka, feedsTopic, server.base() + "/feeds/new", null);
        Await.until("the removal and the addition to reach the owner", () -> {
          Set<String> now = new HashSet<>(one.feeds());
          now.addAll(two.feeds());
          return !now.contains(feeds.get(0)) && now.contains(server.base() + "/feeds/new")
              && now.size() == feeds.size();
        }, Duration.ofSeconds(30));
        Await.until("the new feed's first poll", () -> server.requests("/feeds/new").size() == 1,
            Duration.ofSeconds(30));
        // A feed is polled when an instance takes it: once at the start, once more only if it moved.
        int moved = two.feeds().size() - (two.feeds().contains(server.base() + "/feeds/new") ? 1 : 0);
        int polls = 0;
        for (String feed : feeds.subList(1, feeds.size())) {
          polls += server.requests(feed.substring(server.base().length())).size();
        }
        assertThat(polls).isEqualTo(feeds.size() - 1 + moved);
      } finally {
        one.stop(Duration.ofSeconds(5));
        two.stop(Duration.ofSeconds(5));
      }
    }
  }

  private FeedPoller poller(HttpFetcher fetcher, ArticlePublisher publisher, String name) {
    FeedConfig config = new FeedConfig(Duration.ofMinutes(10), 1_000_000, 100, false,
        dir.resolve(name + "-feeds.json"));
    FeedPoller poller = new FeedPoller(fetcher, publisher, new FeedStateStore(config.stateFile()), config,
        new IngestMetrics(), Clock.systemUTC());
    poller.start(List.of());
    return poller;
  }
}
