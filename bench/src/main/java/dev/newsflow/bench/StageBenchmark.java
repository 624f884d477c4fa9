package dev.newsflow.bench;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.ArticleTagger;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.local.registry.EmbeddedSchemaRegistry;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.schemas.serde.AvroSerdeConfig;
import dev.newsflow.schemas.serde.AvroSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.jsoup.Jsoup;

/**
 * Each enrich stage on its own, without Kafka, one thread, over the same pages: the Jsoup parse alone, the clean
 * stage (parse, main text, metadata, language, fingerprints: what the topology's {@code clean} processor runs),
 * entity tagging, topic scoring, and the Avro serde (serialize the enriched article and read the raw one, as the
 * topology does, against the embedded registry over HTTP with the production client). Each article passes the
 * stages in order, so every stage gets the input it gets in production.
 *
 * <p>Not thread-safe; one run per instance.
 */
public final class StageBenchmark {

  /** Stage names, in pipeline order. */
  public static final List<String> STAGES = List.of("parse", "clean", "entities", "topics", "serde");

  /** One stage's cost per article, in microseconds. */
  public record StageCost(String stage, long articles, double meanMicros, double p50Micros, double p99Micros,
      double share) {}

  /** The figures of a run. */
  public record Result(String corpus, int pages, long averageBytes, List<StageCost> stages, double totalMicros) {}

  private final List<RawArticle> pages;
  private final String corpus;
  private final Duration warmup;
  private final Duration duration;

  public StageBenchmark(BenchCorpus corpus, int pages, Duration warmup, Duration duration) {
    this.pages = new ArrayList<>(pages);
    for (int i = 0; i < pages; i++) {
      this.pages.add(corpus.get());
    }
    this.corpus = corpus.description();
    this.warmup = warmup;
    this.duration = duration;
  }

  public Result run() {
    // The embedded registry over HTTP, so the serde runs with the production client and its id cache (the mock
    // client does the registry's work on every call, which would inflate the serde figure).
    EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0, null);
    Map<String, Object> serdeConfig = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    ArticleEnricher enricher = new ArticleEnricher(new ArticleCleaner(), Clock.systemUTC());
    ArticleTagger tagger = ArticleTagger.shipped();
    try (AvroSerializer<EnrichedArticle> enrichedSerializer = new AvroSerializer<>();
        AvroSerializer<RawArticle> rawSerializer = new AvroSerializer<>();
        AvroDeserializer<RawArticle> rawDeserializer = new AvroDeserializer<>(RawArticle.class)) {
      enrichedSerializer.configure(serdeConfig, false);
      rawSerializer.configure(serdeConfig, false);
      rawDeserializer.configure(serdeConfig, false);
      List<byte[]> rawBytes = pages.stream().map(p -> rawSerializer.serialize("news.raw", p)).toList();
      Map<String, Histogram> costs = new LinkedHashMap<>();
      loop(warmup, enricher, tagger, enrichedSerializer, rawDeserializer, rawBytes, null);
      STAGES.forEach(stage -> costs.put(stage, new Histogram(3)));
      loop(duration, enricher, tagger, enrichedSerializer, rawDeserializer, rawBytes, costs);

      double total = costs.entrySet().stream().filter(e -> !e.getKey().equals("parse"))
          .mapToDouble(e -> e.getValue().getMean()).sum() / 1000;
      List<StageCost> stages = new ArrayList<>();
      costs.forEach((stage, h) -> stages.add(new StageCost(stage, h.getTotalCount(), h.getMean() / 1000,
          h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
          stage.equals("parse") ? Double.NaN : h.getMean() / 1000 / total)));
      long bytes = pages.stream().mapToLong(p -> p.getContent().getBytes(StandardCharsets.UTF_8).length).sum();
      return new Result(corpus, pages.size(), bytes / pages.size(), stages, total);
    } finally {
      registry.close();
    }
  }

  private void loop(Duration time, ArticleEnricher enricher, ArticleTagger tagger,
      AvroSerializer<EnrichedArticle> serializer, AvroDeserializer<RawArticle> deserializer, List<byte[]> rawBytes,
      Map<String, Histogram> costs) {
    long end = System.nanoTime() + time.toNanos();
    int blackhole = 0;
    for (int i = 0; System.nanoTime() < end; i = (i + 1) % pages.size()) {
      RawArticle page = pages.get(i);
      long t0 = System.nanoTime();
      blackhole += Jsoup.parse(page.getContent(), page.getUrl() == null ? "" : page.getUrl()).childNodeSize();
      long t1 = System.nanoTime();
      EnrichedArticle article = enricher.enrich(page);
      long t2 = System.nanoTime();
      article = tagger.tagEntities(article);
      long t3 = System.nanoTime();
      article = tagger.tagTopics(article);
      long t4 = System.nanoTime();
      blackhole += deserializer.deserialize("news.raw", rawBytes.get(i)).getContent().length();
      blackhole += serializer.serialize("news.enriched", article).length;
      long t5 = System.nanoTime();
      if (costs != null) {
        costs.get("parse").recordValue(t1 - t0);
        costs.get("clean").recordValue(t2 - t1);
        costs.get("entities").recordValue(t3 - t2);
        costs.get("topics").recordValue(t4 - t3);
        costs.get("serde").recordValue(t5 - t4);
      }
    }
    if (blackhole == 42) {
      System.err.print(""); // keeps the results alive for the JIT
    }
  }
}
