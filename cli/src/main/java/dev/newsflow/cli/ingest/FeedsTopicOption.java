package dev.newsflow.cli.ingest;

import dev.newsflow.ingest.feed.FeedDirectory;
import picocli.CommandLine.Option;

/** {@code --feeds-topic}: the compacted topic of the shared feed list, for every command that reads or edits it. */
public final class FeedsTopicOption {

  @Option(names = "--feeds-topic", paramLabel = "TOPIC", defaultValue = FeedDirectory.DEFAULT_TOPIC,
      description = "Compacted topic holding the shared feed list (default ${DEFAULT-VALUE}).")
  String name;
}
