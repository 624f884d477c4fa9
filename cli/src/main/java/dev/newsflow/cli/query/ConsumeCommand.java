package dev.newsflow.cli.query;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.DurationConverter;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.json.AvroJson;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.PipelineTopics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow consume}: prints enriched events as JSON Lines. */
@Command(name = "consume", mixinStandardHelpOptions = true,
    description = "Print enriched events as JSON lines (committed records only).")
public final class ConsumeCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Option(names = "--from-beginning", description = "Start at the oldest event instead of new ones.")
  boolean fromBeginning;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N events.")
  Long max;

  @Option(names = "--idle-timeout", paramLabel = "DURATION",
      description = "Stop after this long without events (ISO-8601 or e.g. 10s); default: run until Ctrl-C.",
      converter = DurationConverter.class)
  Duration idleTimeout;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Duration idle = idleTimeout;
    long printed = 0;
    KafkaSettings kafka = cluster.connect();
    try (EnrichedEventReader reader = new EnrichedEventReader(kafka,
        PipelineTopics.of(kafka, cluster.topics()).enriched(), fromBeginning)) {
      Instant lastEvent = Instant.now();
      reading:
      while (true) {
        for (EnrichedArticle event : reader.poll(Duration.ofMillis(500))) {
          out.println(AvroJson.toJson(event));
          lastEvent = Instant.now();
          if (max != null && ++printed >= max) {
            break reading;
          }
        }
        out.flush();
        if (idle != null && Duration.between(lastEvent, Instant.now()).compareTo(idle) > 0) {
          break;
        }
      }
    }
    out.flush();
    return 0;
  }
}
