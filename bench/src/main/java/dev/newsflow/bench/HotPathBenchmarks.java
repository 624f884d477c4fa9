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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The enrich hot paths, one article per call, cycling through pages of the chosen size: extraction (the clean
 * stage: parse, main text, metadata, language, fingerprints), entity tagging, topic scoring (both the production
 * tagger the topology runs), and the Avro serde (serialize an enriched article, deserialize a raw one).
 *
 * <p>Run: {@code ./mvnw -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HotPathBenchmarks {

  private static final int PAGES = 64;

  /** HTML size of a page in bytes. */
  @Param({"30000"})
  public int pageBytes;

  private List<RawArticle> raw;
  private List<EnrichedArticle> cleaned;
  private List<EnrichedArticle> tagged;
  private List<byte[]> rawBytes;
  private ArticleEnricher enricher;
  private ArticleTagger tagger;
  private AvroSerializer<EnrichedArticle> serializer;
  private AvroDeserializer<RawArticle> deserializer;
  private EmbeddedSchemaRegistry registry;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    raw = BenchPages.pages(PAGES, pageBytes, 7);
    enricher = new ArticleEnricher(new ArticleCleaner(), Clock.systemUTC());
    tagger = ArticleTagger.shipped();
    cleaned = raw.stream().map(enricher::enrich).toList();
    tagged = cleaned.stream().map(tagger::tagEntities).map(tagger::tagTopics).toList();
    // the embedded registry over HTTP: the production client caches schema ids, as in the pipeline
    registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0, null);
    Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    serializer = new AvroSerializer<>();
    serializer.configure(config, false);
    deserializer = new AvroDeserializer<>(RawArticle.class);
    deserializer.configure(config, false);
    try (AvroSerializer<RawArticle> rawSerializer = new AvroSerializer<>()) {
      rawSerializer.configure(config, false);
      rawBytes = raw.stream().map(r -> rawSerializer.serialize("news.raw", r)).toList();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    serializer.close();
    deserializer.close();
    registry.close();
  }

  private int nextIndex() {
    next = (next + 1) % PAGES;
    return next;
  }

  @Benchmark
  public EnrichedArticle extract() {
    return enricher.enrich(raw.get(nextIndex()));
  }

  @Benchmark
  public EnrichedArticle entities() {
    return tagger.tagEntities(cleaned.get(nextIndex()));
  }

  @Benchmark
  public EnrichedArticle topics() {
    return tagger.tagTopics(tagged.get(nextIndex()));
  }

  @Benchmark
  public byte[] serializeEnriched() {
    return serializer.serialize("news.enriched", tagged.get(nextIndex()));
  }

  @Benchmark
  public RawArticle deserializeRaw() {
    return deserializer.deserialize("news.raw", rawBytes.get(nextIndex()));
  }
}
