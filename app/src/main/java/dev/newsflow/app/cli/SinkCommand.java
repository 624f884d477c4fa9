package dev.newsflow.app.cli;

import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.jsonl.JsonLinesStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: writes enriched events to a store until Ctrl-C. */
@Command(name = "sink", mixinStandardHelpOptions = true,
    description = "Write enriched events to a store (JSON Lines for now) until Ctrl-C.")
public final class SinkCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Option(names = "--jsonl", paramLabel = "FILE", required = true, description = "Append events to this file.")
  Path jsonl;

  @Option(names = "--group-id", defaultValue = SinkConfig.DEFAULT_GROUP_ID,
      description = "Consumer group; instances with the same group share partitions (default ${DEFAULT-VALUE}).")
  String groupId;

  @Override
  public Integer call() throws Exception {
    SinkConfig config = SinkConfig.defaults(cluster.settings()).withTopics(cluster.topics()).withGroupId(groupId);
    Shutdown shutdown = new Shutdown();
    try (SinkService sink = new SinkService(config, new JsonLinesStore(jsonl))) {
      sink.start();
      System.err.println("sink running: " + config.topics().enriched() + " -> " + jsonl.toAbsolutePath()
          + "; Ctrl-C to stop");
      shutdown.await();
    } finally {
      shutdown.done();
    }
    return 0;
  }
}
