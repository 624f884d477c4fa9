package dev.newsflow.enrich.trends;

import com.sun.net.httpserver.HttpExchange;
import dev.newsflow.ops.http.Exchanges;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/trends?limit=N}: trending entities across every enrich instance. Each entity's counts live on
 * exactly one instance (the trends store is partitioned by entity), so this instance asks each other instance
 * that hosts the store (Streams metadata, from their {@code application.server} setting) for its local top N over
 * the same window ({@code ?local=true&at=...}) and merges the lists: the merged top N is exact. Without
 * {@code application.server}, or with a single instance, only the local store is read.
 *
 * <p>Thread-safe.
 */
public final class TrendsEndpoint {

  private static final Logger LOG = LoggerFactory.getLogger(TrendsEndpoint.class);
  private static final Duration PEER_TIMEOUT = Duration.ofSeconds(3);

  private final KafkaStreams streams;
  private final TrendsQuery local;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PEER_TIMEOUT).build();

  private final HostInfo self;

  /** @param applicationServer this instance's {@code application.server} (host:port), or null when not set */
  public TrendsEndpoint(KafkaStreams streams, String applicationServer) {
    this.streams = streams;
    this.local = TrendsQuery.of(streams);
    this.self = applicationServer == null || applicationServer.isBlank() ? null
        : HostInfo.buildFromEndpoint(applicationServer);
  }

  /** The merged top {@code limit} entities of the newest hour. */
  public TrendsQuery.Trends top(int limit) {
    TrendsQuery.Trends mine = local.top(limit);
    List<HostInfo> peers = peers();
    if (peers.isEmpty()) {
      return mine;
    }
    Instant newest = mine.windowEnd() == null ? null : Instant.parse(mine.windowEnd()).minus(TrendsStage.ADVANCE);
    List<TrendsQuery.Trends> parts = new ArrayList<>();
    parts.add(mine);
    for (HostInfo peer : peers) {
      parts.add(ask(peer, limit, newest));
    }
    return TrendsQuery.merge(parts, limit);
  }

  public void handle(HttpExchange exchange) throws IOException {
    Map<String, String> query = Exchanges.query(exchange);
    int limit = Exchanges.intParam(query, "limit", 10, 1, 100);
    if ("true".equals(query.get("local"))) {
      String at = query.get("at");
      Exchanges.sendJson(exchange, 200, at == null || at.isBlank() ? local.top(limit)
          : local.top(limit, Instant.parse(at)));
    } else {
      Exchanges.sendJson(exchange, 200, top(limit));
    }
  }

  /** Other instances hosting the trends store, as advertised by their {@code application.server}. */
  private List<HostInfo> peers() {
    List<HostInfo> peers = new ArrayList<>();
    if (self == null) {
      return peers; // without application.server, instances do not know each other's address
    }
    try {
      for (StreamsMetadata metadata : streams.streamsMetadataForStore(TrendsStage.STORE)) {
        HostInfo host = metadata.hostInfo();
        if (host.port() > 0 && !host.equals(self)) {
          peers.add(host);
        }
      }
    } catch (RuntimeException e) {
      LOG.debug("no instance metadata for the trends store: {}", e.toString());
    }
    return peers;
  }

  private TrendsQuery.Trends ask(HostInfo peer, int limit, Instant newest) {
    String url = "http://" + peer.host() + ":" + peer.port() + "/api/trends?local=true&limit=" + limit
        + (newest == null ? "" : "&at=" + newest);
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(PEER_TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return Exchanges.json().readValue(response.body(), TrendsQuery.Trends.class);
      }
      LOG.warn("trends from {} answered {}", url, response.statusCode());
    } catch (IOException e) {
      LOG.warn("trends from {} failed: {}", url, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return TrendsQuery.Trends.empty();
  }
}
