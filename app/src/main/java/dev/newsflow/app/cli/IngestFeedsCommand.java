package dev.newsflow.app.cli;

import dev.newsflow.ingest.feed.FeedConfig;
import dev.newsflow.ingest.feed.FeedState;
import dev.newsflow.ingest.feed.FeedStateStore;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow ingest feeds list}: the feeds in the state file with their last poll, status and counts. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Feed state.",
    subcommands = IngestFeedsCommand.ListFeeds.class)
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
}
