package dev.newsflow.dashboard;

import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * The one way a service attaches the dashboard: its live feed (a consumer of the enriched and dead-letter topics),
 * the metrics sampler and the page, registered on the service's operations server, started once the topics exist
 * and closed together.
 *
 * <pre>{@code
 * LiveDashboard dashboard = new LiveDashboard(kafka, topics, registry, trends::top);
 * OpsServer.Builder routes = OpsServer.builder(metrics);
 * dashboard.register(routes);
 * OpsServer server = routes.start();
 * service.start(...);
 * dashboard.start();
 * }</pre>
 *
 * Not thread-safe for start/close; the page it serves is.
 */
public final class LiveDashboard implements AutoCloseable {

  /** How often the sampler reads the meters, and how many samples the charts keep (10 minutes). */
  private static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);
  private static final int SAMPLES_KEPT = 300;

  private final LiveFeed feed;
  private final MetricsSampler sampler;
  private final Dashboard dashboard;

  /**
   * @param registry the service's meters, sampled for the charts
   * @param trends the top-N trending entities for a limit, or null where the service has no trends
   */
  public LiveDashboard(KafkaSettings kafka, TopicNames topics, MeterRegistry registry, IntFunction<?> trends) {
    this.feed = new LiveFeed(kafka, topics);
    this.sampler = new MetricsSampler(registry, SAMPLE_EVERY, SAMPLES_KEPT);
    this.dashboard = new Dashboard(feed, sampler, trends);
  }

  /** Adds the page, its assets and its JSON API to the operations server being built. */
  public void register(OpsServer.Builder server) {
    dashboard.register(server);
  }

  /** Starts reading the topics and sampling the meters; call once the topics exist. */
  public LiveDashboard start() {
    feed.start();
    sampler.start();
    return this;
  }

  @Override
  public void close() {
    sampler.close();
    feed.close();
  }
}
