package dev.newsflow.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.RawTopic;
import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.bulk.LoadSummary;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files written by the test with jwarc's writer, read back through the embedded broker. */
@ExtendWith(NewsflowClusterExtension.class)
class WarcIngesterIT {

  private static final Instant FETCHED_A = Instant.parse("2026-11-20T10:15:30Z");
  private static final Instant FETCHED_B = Instant.parse("2026-11-21T11:00:00Z");

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void shouldPublishHtmlResponsesWithTheirUrlAndDateAndCountWhatItSkips(WarcCompression compression,
      TestCluster cluster) throws Exception {
    String topic = "ingest-warc-it-" + compression.name().toLowerCase() + ".raw";
    cluster.createTopics(1, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Path warc = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
    try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      writer.write(new WarcRequest.Builder("https://warc.example/a").date(FETCHED_A)
          .body(new HttpRequest.Builder("GET", "/a").addHeader("Host", "warc.example").build()).build());
      writer.write(response("https://warc.example/a", FETCHED_A, 200, "text/html; charset=utf-8",
          "<html><body><p>Caf\u00e9 story A</p></body></html>".getBytes(StandardCharsets.UTF_8), false));
      writer.write(response("https://warc.example/b?utm_source=feed", FETCHED_B, 200, "text/html; charset=ISO-8859-1",
          "<html><body><p>Caf\u00e9 story B</p></body></html>".getBytes(StandardCharsets.ISO_8859_1), true));
      writer.write(response("https://warc.example/missing", FETCHED_B, 404, "text/html",
          "<p>not found</p>".getBytes(StandardCharsets.UTF_8), false));
      writer.write(response("https://warc.example/logo.png", FETCHED_B, 200, "image/png", new byte[] {1, 2, 3},
          false));
    }

    LoadSummary summary;
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic); InputStream in = Files.newInputStream(warc)) {
      BulkLoad load = new BulkLoad(publisher, new BulkLoad.Listener() {});
      new WarcIngester(load, 1_000_000).ingest(warc.getFileName().toString(), in);
      summary = load.finish();
    }

    assertThat(summary.published()).isEqualTo(2);
    assertThat(summary.failed()).isZero();
    assertThat(summary.skipped()).containsOnly(Map.entry("record type request", 1L), Map.entry("status 404", 1L),
        Map.entry("content type image/png", 1L));
    Map<String, RawArticle> articles = RawTopic.read(kafka, topic, 2);
    RawArticle a = articles.get(ArticleIds.forUrl("https://warc.example/a"));
    assertThat(a.getUrl()).isEqualTo("https://warc.example/a");
    assertThat(a.getFetchedAt()).isEqualTo(FETCHED_A);
    assertThat(a.getSourceType()).isEqualTo(SourceType.WARC);
    assertThat(a.getContentType()).isEqualTo(ContentType.HTML);
    assertThat(a.getContent()).contains("Caf\u00e9 story A");
    RawArticle b = articles.get(ArticleIds.forUrl("https://warc.example/b"));
    assertThat(b.getFetchedAt()).isEqualTo(FETCHED_B);
    assertThat(b.getContent()).as("gzip content encoding undone, Latin-1 from the header").contains("Caf\u00e9 story B");
    assertThat(b.getHints()).containsEntry("warcTruncated", "length");
    assertThat(a.getHints()).doesNotContainKey("warcTruncated");
    assertThat(articles).hasSize(2);
  }

  @Test
  void shouldRefuseAPageOverTheSizeLimitAsAFailure(TestCluster cluster) throws Exception {
    String topic = "ingest-warc-it-limit.raw";
    cluster.createTopics(1, topic);
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Path warc = dir.resolve("big.warc");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE))) {
      writer.write(response("https://warc.example/big", FETCHED_A, 200, "text/html",
          ("<p>" + "z".repeat(5_000) + "</p>").getBytes(StandardCharsets.UTF_8), false));
    }
    LoadSummary summary;
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic); InputStream in = Files.newInputStream(warc)) {
      BulkLoad load = new BulkLoad(publisher, new BulkLoad.Listener() {});
      new WarcIngester(load, 1_000).ingest("big.warc", in);
      summary = load.finish();
    }
    assertThat(summary.published()).isZero();
    assertThat(summary.failed()).isEqualTo(1);
  }

  private static WarcResponse response(String url, Instant date, int status, String contentType, byte[] body,
      boolean gzipEncoded) throws Exception {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
    byte[] payload = body;
    if (gzipEncoded) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
        out.write(body);
      }
      payload = zipped.toByteArray();
      http.addHeader("Content-Encoding", "gzip");
    }
    http.body(MediaType.parse(contentType), payload);
    WarcResponse.Builder record = new WarcResponse.Builder(url).date(date).body(http.build());
    if (gzipEncoded) {
      record.truncated(WarcTruncationReason.LENGTH); // marks one record truncated, as crawlers do for long bodies
    }
    return record.build();
  }
}
