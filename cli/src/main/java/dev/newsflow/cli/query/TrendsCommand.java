package dev.newsflow.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.run.EnrichCommand;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow trends}: the trending entities of a running enrich service (its {@code /api/trends}). */
@Command(name = "trends", mixinStandardHelpOptions = true,
    description = "Show the trending entities (mentions in the last hour) of a running enrich service or demo.")
public final class TrendsCommand implements Callable<Integer> {

  @Option(names = "--url", defaultValue = "${env:NEWSFLOW_ENRICH_URL:-http://127.0.0.1:" + EnrichCommand.DEFAULT_METRICS_PORT
      + "}", description = "Base URL of an enrich instance's metrics port (env NEWSFLOW_ENRICH_URL; default "
      + "${DEFAULT-VALUE}; the demo's is printed at its start).")
  String url;

  @Option(names = "--limit", defaultValue = "10", description = "How many entities (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the JSON answer as it is.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    URI uri = URI.create(url.replaceAll("/+$", "") + "/api/trends?limit=" + Math.max(1, Math.min(100, limit)));
    HttpResponse<String> response;
    try {
      response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
          .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      err.println("cannot reach " + uri + ": " + e.getMessage() + " (is enrich or the demo running? see --url)");
      return 2;
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
