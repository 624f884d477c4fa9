package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.run.Demo;
import dev.newsflow.ops.metrics.ScrapedMetrics;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.StoryEntity;
import dev.newsflow.schema.StoryTopic;
import dev.newsflow.schema.Topic;
import dev.newsflow.schemas.kafka.TopicCreator;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.testkit.Await;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The dashboard in a real browser: the demo (embedded broker, registry, topology, sink) ingests the bundled
 * samples and one unreadable record, and an already tagged article arrives on the enriched topic (so entity and
 * topic chips show whatever the tagging stages find in the samples), and a story state on the stories topic; then
 * headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it) loads the page; the dumped DOM must
 * show the articles, the top story, the drawn charts, the lag table and the dead letter.
 * The screenshot is kept as {@code cli/target/dashboard.png}.
 */
class DashboardBrowserIT {

  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NEWSFLOW_CHROMIUM", "/usr/bin/chromium"));
  private static final List<String> SAMPLE_TITLES = List.of(
      "Council approves new harbour bridge after marathon vote",
      "Semiconductor maker to double output at Dresden plant",
      "Volunteers Pull Two Tonnes of Plastic From the Lea River",
      "Northport votes for £380m harbour crossing despite residents' protest",
      "Residents launch legal challenge against Northport harbour bridge");

  private static final String STORY_ID = "s-browser-story";
  private static final String STORY_HEADLINE = "Northport bridge opens after twelve reports agree";

  private static final String TAGGED_ID = "browser-tagged";
  private static final String TAGGED_TITLE = "Mayor Ada Quill opens the Northport bridge";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void shouldRenderChartsArticlesLagAndDeadLettersInHeadlessChromium() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("headless Chromium at %s (apt-get install chromium; .ci/run does; or set NEWSFLOW_CHROMIUM)", CHROMIUM)
        .isTrue();
    StringWriter log = new StringWriter();
    Demo.Options options = new Demo.Options(dir.resolve("data"), false, Duration.ofSeconds(120), "127.0.0.1", 0,
        false);
    try (Demo demo = new Demo(options, new PrintWriter(log), new PrintWriter(log))) {
      demo.start();
      publishUnreadableRecord(demo);
      publishTaggedArticle(demo);
      publishStory(demo);
      String url = demo.dashboardUrl();
      Await.until("the samples enriched, stored and seen by the dashboard, and the dead letter counted", () -> {
        JsonNode latest = getJson(url + "/api/articles/latest?limit=10");
        JsonNode summary = getJson(url + "/api/summary");
        return latest.size() >= SAMPLE_TITLES.size() + 2 && demo.written() >= SAMPLE_TITLES.size() + 2
            && summary.at("/dlq/count").asLong() >= 1 && summary.at("/series").size() >= 3;
      }, Duration.ofSeconds(120));
      Await.until("the story on /api/stories", () -> getJson(url + "/api/stories").findValuesAsText("id")
          .contains(STORY_ID), Duration.ofSeconds(60));
      Await.until("consumer lag reported", () -> getJson(url + "/api/summary").at("/lag").size() > 0,
          Duration.ofSeconds(30));
      // Trending entities come from the topology's window store (interactive queries), fed by the samples' tags.
      Await.until("trending entities", () -> getJson(url + "/api/trends").at("/top").size() > 0,
          Duration.ofSeconds(30));
      String trending = getJson(url + "/api/trends").at("/top/0/entity").asText();
      StringWriter trendsOut = new StringWriter();
      CommandLine trendsCli = Main.commandLine();
      trendsCli.setOut(new PrintWriter(trendsOut));
      assertThat(trendsCli.execute("trends", "--url", url, "--limit", "5")).isZero();
      assertThat(trendsOut.toString()).contains("entities mentioned").contains(trending);

      Document page = Jsoup.parse(chromium(url + "/", "--dump-dom"));
      List<String> titles = page.select("#articles li.article a.title").eachText();
      assertThat(titles).containsAll(SAMPLE_TITLES).contains(TAGGED_TITLE);
      Element tagged = page.selectFirst("#articles li.article[data-id=" + TAGGED_ID + "]");
      assertThat(tagged.select(".chip.entity").eachText()).containsExactly("Ada Quill", "Northport");
      assertThat(tagged.select(".chip.entity.PERSON").eachText()).containsExactly("Ada Quill");
      assertThat(tagged.select(".chip.topic").eachText()).containsExactly("politics");
      assertThat(page.select("#top-entities li").eachText()).anyMatch(row -> row.matches("Ada Quill\\s*2"));
      // The samples may add to politics (the topics stage classifies them); the two tagged copies count 2.
      assertThat(page.select("#top-topics li").eachText()).anyMatch(row -> row.matches("politics\\s*([2-9]|\\d\\d+)"));
      Element story = page.selectFirst("#stories li.story[data-id=" + STORY_ID + "]");
      assertThat(story).as("the Top stories panel lists the story").isNotNull();
      assertThat(story.selectFirst(".title").text()).isEqualTo(STORY_HEADLINE);
      assertThat(story.selectFirst(".meta").text()).startsWith("12 articles · 3 outlets: wire, daily, gazette");
      assertThat(story.select(".chip.entity").eachText()).containsExactly("Ada Quill", "Northport");
      assertThat(story.select(".chip.entity.PERSON").eachText()).containsExactly("Ada Quill");
      assertThat(page.getElementById("stories-empty").hasClass("hidden")).isTrue();
      Element firstLink = page.selectFirst("#articles li.article a.title");
      assertThat(firstLink.attr("href")).startsWith("/api/articles/");
      assertThat(getJson(url + firstLink.attr("href")).get("title").asText()).isIn(SAMPLE_TITLES);
      Element throughput = page.getElementById("chart-throughput");
      assertThat(Integer.parseInt(throughput.attr("data-points"))).as("points drawn").isGreaterThanOrEqualTo(3);
      assertThat(throughput.select("canvas")).as("uPlot drew a canvas").isNotEmpty();
      assertThat(throughput.select(".u-legend .u-series").eachText())
          .anyMatch(s -> s.contains("clean")).anyMatch(s -> s.contains("sink"));
      Element latency = page.getElementById("chart-latency");
      assertThat(latency.select("canvas")).isNotEmpty();
      assertThat(page.select("#latency-table tbody tr").eachText()).anyMatch(row -> row.startsWith("end-to-end enriched"));
      assertThat(page.select("#lag tbody tr").eachText()).anyMatch(row -> row.contains(TopicNames.DEFAULT_RAW));
      assertThat(page.getElementById("kpi-dlq").text()).isEqualTo("1");
      assertThat(page.select("#dlq-latest li").eachText()).anyMatch(row -> row.startsWith("deserialize"));
      assertThat(page.getElementById("status").text()).isEqualTo("ready");
      assertThat(page.select("#trends li").eachText()).anyMatch(row -> row.startsWith(trending));
      assertThat(page.getElementById("kpi-stored").text()).isEqualTo(String.valueOf(SAMPLE_TITLES.size() + 2));

      Path screenshot = Path.of("target", "dashboard.png").toAbsolutePath();
      Files.deleteIfExists(screenshot);
      chromium(url + "/", "--screenshot=" + screenshot, "--window-size=1280,1800");
      BufferedImage image = ImageIO.read(screenshot.toFile());
      assertThat(image.getWidth()).isEqualTo(1280);
      assertThat(distinctColours(image)).as("a rendered page, not a blank one").isGreaterThan(50);

      // The same run's metrics, for the record: the stage counters moved with the samples.
      ScrapedMetrics metrics = ScrapedMetrics.parse(get(url + "/metrics").body());
      assertThat(metrics.sum("newsflow_articles_total", Map.of("stage", "clean", "outcome", "out")))
          .isGreaterThanOrEqualTo(SAMPLE_TITLES.size());
    }
  }

  /** The tagged article under two ids, so its entities lead the top lists whatever the samples' entities are. */
  private static void publishTaggedArticle(Demo demo) throws Exception {
    publishTaggedArticle(demo, TAGGED_ID);
    publishTaggedArticle(demo, TAGGED_ID + "-copy");
  }

  private static void publishTaggedArticle(Demo demo, String id) throws Exception {
    EnrichedArticle article = EnrichedArticle.newBuilder().setId(id).setSourceId("browser-test")
        .setSourceType(SourceType.FILE).setUrl("https://news.example/" + id).setTitle(TAGGED_TITLE)
        .setFetchedAt(Instant.now()).setEnrichedAt(Instant.now()).setLanguage("en")
        .setText("Ada Quill opened the bridge in Northport.").setWordCount(7)
        .setEntities(List.of(
            Entity.newBuilder().setName("Ada Quill").setType(EntityType.PERSON).setSalience(0.9)
                .setSpans(List.of(new Span(0, 9))).build(),
            Entity.newBuilder().setName("Northport").setType(EntityType.LOCATION).setSalience(0.5)
                .setSpans(List.of(new Span(31, 40))).build()))
        .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.9, 1)))
        .setContentHash("0".repeat(64)).setSimhash(7L).setPipelineVersion("test").build();
    AvroSerializer<EnrichedArticle> serializer = new AvroSerializer<>();
    serializer.configure(demo.kafka().clientConfig(), false);
    try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(demo.kafka().clientConfig(),
        new StringSerializer(), serializer)) {
      producer.send(new ProducerRecord<>(TopicNames.DEFAULT_ENRICHED, id, article)).get();
    }
  }

  /** A story state on the stories topic (created compacted here if the demo has not created it). */
  private static void publishStory(Demo demo) throws Exception {
    Map<String, Object> admin = new java.util.HashMap<>(demo.kafka().clientConfig());
    admin.remove("schema.registry.url");
    TopicCreator.createIfAbsent(admin, List.of(new NewTopic(TopicNames.DEFAULT_STORIES, 1, (short) 1)
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))),
        Duration.ofSeconds(30));
    Instant now = Instant.now();
    Story story = Story.newBuilder().setId(STORY_ID).setHeadline(STORY_HEADLINE)
        .setFirstArticleAt(now.minusSeconds(3600)).setLastArticleAt(now).setUpdatedAt(now)
        .setArticleCount(12).setOutletCount(3).setOutlets(List.of("wire", "daily", "gazette"))
        .setEntities(List.of(new StoryEntity("Ada Quill", "PERSON", null, 12),
            new StoryEntity("Northport", "LOCATION", null, 9)))
        .setTopics(List.of(new StoryTopic("medtop:11000000", "politics", 10)))
        .setLatestArticleIds(List.of(TAGGED_ID)).build();
    AvroSerializer<Story> serializer = new AvroSerializer<>();
    serializer.configure(demo.kafka().clientConfig(), false);
    try (KafkaProducer<String, Story> producer = new KafkaProducer<>(demo.kafka().clientConfig(),
        new StringSerializer(), serializer)) {
      producer.send(new ProducerRecord<>(TopicNames.DEFAULT_STORIES, STORY_ID, story)).get();
    }
  }

  private void publishUnreadableRecord(Demo demo) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(demo.kafka().clientConfig(),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(TopicNames.DEFAULT_RAW, "broken".getBytes(StandardCharsets.UTF_8),
          "not an article".getBytes(StandardCharsets.UTF_8))).get();
    }
  }

  /** Runs headless Chromium on {@code url}; returns its standard output (the DOM with --dump-dom). */
  private String chromium(String url, String... mode) throws Exception {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"), "--virtual-time-budget=10000"));
    command.addAll(List.of(mode));
    command.add(url);
    Path stdout = Files.createTempFile(dir, "chromium", ".out");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium exit code").isZero();
    return Files.readString(stdout);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String url) {
    try {
      return json.readTree(get(url).body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
