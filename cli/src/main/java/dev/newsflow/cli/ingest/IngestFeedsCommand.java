package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.DurationConverter;
import dev.newsflow.ingest.feed.FeedConfig;
import dev.newsflow.ingest.feed.FeedDirectory;
import dev.newsflow.ingest.feed.FeedState;
import dev.newsflow.ingest.feed.FeedStateStore;
import dev.newsflow.schemas.kafka.KafkaSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest feeds list}: the feeds in the state file with their last poll, status and counts. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
    description = "Feed state, and the shared feed list on the feeds topic.",
    subcommands = {IngestFeedsCommand.ListFeeds.class, IngestFeedsCommand.AddFeeds.class,
        IngestFeedsCommand.RemoveFeeds.class})
final class IngestFeedsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", aliases = "status", mixinStandardHelpOptions = true,
      description = "Each known feed: status, last poll, polls, 304s, failures, items published, seen ids.")
  static final class ListFeeds implements Callable<Integer> {

    @Mixin
    IngestWebOptions web;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      FeedStateStore store = new FeedStateStore(FeedConfig.from(web.settings(Map.of())).stateFile());
      Map<String, FeedState> states = store.load();
      if (states.isEmpty()) {
        out.println("no feeds in " + store.file());
        return 0;
      }
      out.printf("%-12s %-24s %6s %5s %6s %9s %6s  %s%n", "STATUS", "LAST POLL", "POLLS", "304", "FAILED",
          "PUBLISHED", "SEEN", "FEED");
      for (FeedState s : states.values()) {
        out.printf("%-12s %-24s %6d %5d %6d %9d %6d  %s%n", s.status == null ? "-" : s.status,
            s.lastPoll == null ? "-" : s.lastPoll.substring(0, Math.min(24, s.lastPoll.length())), s.polls,
            s.notModified, s.failures, s.itemsPublished, s.seen.size(), s.url);
        if (s.lastError != null) {
          out.println("             last error: " + s.lastError);
        }
      }
      return 0;
    }
  }

  /** {@code newsflow ingest feeds add URL... [--interval 5m]}: put feeds on the shared list. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add feeds to the shared list on the feeds topic (polled by `ingest feed --shared` instances).")
  static final class AddFeeds implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Feed URLs.")
    List<String> feeds;

    @Option(names = "--interval", paramLabel = "DURATION", description = "This feed's poll interval "
        + "(default: the poller's feed.interval).",
        converter = DurationConverter.class)
    Duration interval;

    @Mixin
    FeedsTopicOption feedsTopic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      Duration every = interval;
      KafkaSettings kafka = cluster.connect();
      FeedDirectory.ensureTopic(kafka, feedsTopic.name, FeedDirectory.DEFAULT_PARTITIONS);
      for (String feed : feeds) {
        FeedDirectory.put(kafka, feedsTopic.name, feed, every);
        spec.commandLine().getOut().println("added " + feed);
      }
      return 0;
    }
  }

  /** {@code newsflow ingest feeds remove URL...}: take feeds off the shared list. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove feeds from the shared list.")
  static final class RemoveFeeds implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Feed URLs.")
    List<String> feeds;

    @Mixin
    FeedsTopicOption feedsTopic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      KafkaSettings kafka = cluster.connect();
      for (String feed : feeds) {
        FeedDirectory.remove(kafka, feedsTopic.name, feed);
        spec.commandLine().getOut().println("removed " + feed);
      }
      return 0;
    }
  }
}
