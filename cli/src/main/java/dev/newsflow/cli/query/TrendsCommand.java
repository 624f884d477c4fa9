package dev.newsflow.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.run.DemoCommand;
import dev.newsflow.cli.run.EnrichCommand;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow trends}: the trending entities of a running enrich service (its {@code /api/trends}). */
@Command(name = "trends", mixinStandardHelpOptions = true,
    description = "Show the trending entities (mentions in the last hour) of a running enrich service or demo.")
public final class TrendsCommand implements Callable<Integer> {

  static final String LOCAL_ENRICH = "http://127.0.0.1:" + EnrichCommand.DEFAULT_METRICS_PORT;
  static final String LOCAL_DEMO = "http://127.0.0.1:" + DemoCommand.DEFAULT_HTTP_PORT;

  @Option(names = "--url", defaultValue = "${env:NEWSFLOW_ENRICH_URL}", paramLabel = "URL",
      description = "Base URL of an enrich instance's metrics port or of the demo (env NEWSFLOW_ENRICH_URL; default: "
          + "a local enrich on " + LOCAL_ENRICH + ", else the demo on " + LOCAL_DEMO + ").")
  String url;

  @Option(names = "--limit", defaultValue = "10", description = "How many entities (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the JSON answer as it is.")
  boolean json;

  @Spec
  CommandSpec spec;

  /** Where to ask: the URL given, else a local enrich and then the demo (a newcomer runs the demo first). */
  List<String> places() {
    return url == null || url.isBlank() ? List.of(LOCAL_ENRICH, LOCAL_DEMO) : List.of(url);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> bases = places();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = null;
    URI uri = null;
    for (String base : bases) {
      uri = URI.create(base.replaceAll("/+$", "") + "/api/trends?limit=" + Math.max(1, Math.min(100, limit)));
      try {
        response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).build(),
            HttpResponse.BodyHandlers.ofString());
        break;
      } catch (java.io.IOException e) {
        // nothing there: try the next place
      }
    }
    if (response == null) {
      err.println("newsflow trends: nothing answers at " + String.join(" or ", bases) + " (is enrich or the demo "
          + "running? see --url)");
      return 1;
    }
    if (response.statusCode() != 200) {
      err.println(uri + " answered " + response.statusCode() + ": " + response.body());
      return 1;
    }
    if (json) {
      out.println(response.body());
      return 0;
    }
    JsonNode trends = new ObjectMapper().readTree(response.body());
    if (trends.path("top").isEmpty()) {
      out.println("no entity mentions in the last hour");
      return 0;
    }
    out.printf("entities mentioned %s .. %s%n", trends.path("windowStart").asText(), trends.path("windowEnd").asText());
    for (JsonNode trend : trends.path("top")) {
      out.printf("%6d  %s%n", trend.path("count").asLong(), trend.path("entity").asText());
    }
    return 0;
  }
}
