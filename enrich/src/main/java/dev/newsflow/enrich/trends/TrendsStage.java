package dev.newsflow.enrich.trends;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Trending entities: mentions of each entity (once per article) counted in hopping windows of one hour advancing
 * one minute, by record time, in the window store {@value #STORE}, which {@link TrendsQuery} reads through
 * interactive queries.
 *
 * <pre>
 * enriched ─► trends-mentions (entity name → 1, once per article) ─► [trends-by-entity repartition]
 *          ─► trends-count (hopping 1 h / 1 min) ─► store trends-entity-counts (retention 2 h)
 * </pre>
 *
 * The repartition by entity name puts every count of one entity on one partition, so each instance holds whole
 * counts for its entities and merging per-instance top-N lists gives the exact global top-N.
 */
public final class TrendsStage {

  public static final String STORE = "trends-entity-counts";
  public static final Duration WINDOW = Duration.ofHours(1);
  public static final Duration ADVANCE = Duration.ofMinutes(1);
  /** Late records (by record time) are still counted this long after their window closed. */
  public static final Duration GRACE = Duration.ofMinutes(5);
  /** How long windows are kept: the window, its grace, and a spare hour for queries about the previous hour. */
  public static final Duration RETENTION = WINDOW.plus(GRACE).plus(WINDOW);

  private TrendsStage() {}

  /** Adds the windowed entity counts to the topology; {@code enriched} is left unchanged for the caller. */
  public static void apply(KStream<String, EnrichedArticle> enriched) {
    enriched
        .flatMap((id, article) -> mentions(article), Named.as("trends-mentions"))
        .groupByKey(Grouped.with("trends-by-entity", Serdes.String(), Serdes.Long()))
        .windowedBy(TimeWindows.ofSizeAndGrace(WINDOW, GRACE).advanceBy(ADVANCE))
        .count(Named.as("trends-count"), Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(STORE)
            .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()).withRetention(RETENTION));
  }

  /** Each distinct entity name of the article once; none for a duplicate, so syndicated copies do not count twice. */
  static List<KeyValue<String, Long>> mentions(EnrichedArticle article) {
    if (article.getDuplicateOf() != null) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (Entity entity : article.getEntities()) {
      names.add(entity.getName());
    }
    return names.stream().map(name -> KeyValue.pair(name, 1L)).toList();
  }
}
