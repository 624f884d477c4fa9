package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.cli.options.Shutdown;
import dev.newsflow.ingest.IngestServices;
import dev.newsflow.ingest.config.IngestSettings;
import dev.newsflow.ingest.feed.FeedConfig;
import dev.newsflow.ingest.feed.FeedDirectory;
import dev.newsflow.ingest.feed.FeedPoller;
import dev.newsflow.ingest.feed.FeedsSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest feed URL... [--interval 5m] [--once]}: poll RSS/Atom feeds and publish new items. */
@Command(name = "feed", mixinStandardHelpOptions = true,
    description = "Poll RSS 2.0, RSS 1.0 and Atom feeds and publish new items (until Ctrl-C, or --once).")
final class IngestFeedCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Mixin
  IngestWebOptions web;

  @Parameters(arity = "0..*", paramLabel = "URL", description = "Feed URLs.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--feeds-file", paramLabel = "FILE", description = "A file of feed URLs, one a line (# comments).")
  Path feedsFile;

  @Option(names = "--interval", paramLabel = "DURATION", description = "feed.interval: time between polls of a feed.")
  String interval;

  @Option(names = "--once", description = "Poll every feed once, print a summary and exit.")
  boolean once;

  @Option(names = "--fetch-articles", description = "feed.fetch-articles: fetch the linked page of items that "
      + "carry only a summary.")
  boolean fetchArticles;

  @Option(names = "--shared", description = "Take the feeds from the shared list on the feeds topic (URLs given are "
      + "added to it first); instances with the same --group split the feeds between them.")
  boolean shared;

  @Mixin
  FeedsTopicOption feedsTopic;

  @Option(names = "--group", defaultValue = FeedDirectory.DEFAULT_GROUP,
      description = "Consumer group of the instances sharing the feeds (default ${DEFAULT-VALUE}).")
  String group;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> all = new ArrayList<>(feeds);
    if (feedsFile != null) {
      all.addAll(UrlsFile.read(feedsFile));
    }
    if (all.isEmpty() && !shared) {
      err.println("no feeds given: pass URL... or --feeds-file FILE (or --shared to poll the shared list)");
      return 2;
    }
    if (shared && once) {
      err.println("--shared runs until stopped; --once polls the feeds given instead");
      return 2;
    }
    Map<String, String> flags = new LinkedHashMap<>();
    if (interval != null) {
      flags.put("feed.interval", interval);
    }
    if (fetchArticles) {
      flags.put("feed.fetch-articles", "true");
    }
    IngestSettings settings = web.settings(flags);
    FeedConfig config = FeedConfig.from(settings);
    IngestServices services = new IngestServices(settings, cluster.connect(), cluster.topics().raw());
    int failures = 0;
    try (services) {
      if (once) {
        failures = pollOnce(services.feedPoller(), all, out);
      } else {
        poll(services, all, config, err);
      }
    }
    err.print(services.metrics().summary());
    err.flush();
    return failures == 0 ? 0 : 1;
  }

  /** Polls every feed once and prints how it went; the number of feeds that failed. */
  private static int pollOnce(FeedPoller poller, List<String> feeds, PrintWriter out) {
    int failures = 0;
    for (String feed : feeds) {
      FeedPoller.PollResult r = poller.pollOnce(feed);
      out.println(feed + ": " + r.status() + ", " + r.items() + " items, " + r.newItems() + " new, "
          + r.published() + " published" + (r.error() == null ? "" : ": " + r.error()));
      failures += r.status().equals("failed") ? 1 : 0;
    }
    return failures;
  }

  /** Polls until Ctrl-C: the feeds given, or (--shared) the feeds the shared list assigns to this instance. */
  private void poll(IngestServices services, List<String> feeds, FeedConfig config, PrintWriter err)
      throws InterruptedException {
    FeedsSource source = shared ? services.feeds(List.of(), feedsTopic.name, group) : services.feeds(feeds);
    if (shared) {
      for (String feed : feeds) {
        FeedDirectory.put(cluster.settings(), feedsTopic.name, feed, null);
      }
    }
    Shutdown shutdown = new Shutdown();
    try {
      if (shared) {
        source.start();
        err.println("polling the feeds of " + feedsTopic.name + " assigned to this instance (group " + group
            + "); state in " + config.stateFile() + "; Ctrl-C to stop");
      } else {
        err.println("polling " + feeds.size() + " feed(s) every " + config.interval() + "; state in "
            + config.stateFile() + "; Ctrl-C to stop");
        source.start();
      }
      err.flush();
      shutdown.await();
    } finally {
      source.stop();
      services.publisher().flush();
      shutdown.done();
    }
  }
}
