package dev.newsflow.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.cli.errors.CommandFailure;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.enrich.TaggingSettings;
import dev.newsflow.enrich.stories.OfflineStories;
import dev.newsflow.enrich.stories.StoryInputException;
import dev.newsflow.enrich.stories.StorySettings;
import dev.newsflow.extract.CleanLimits;
import dev.newsflow.sink.query.StorySummary;
import dev.newsflow.sink.query.StorySummary.EntityCount;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow stories}: the recent live stories in the sink's database (not merged into another), latest
 * activity first; or, with {@code --jsonl}, the offline story assignment of a file of articles.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"List recent stories (articles from several outlets about one event) stored by the sink, "
        + "latest activity first, e.g. 'newsflow stories --duckdb news.duckdb --since 24h'. "
        + "A story's articles: 'newsflow query --story ID'.",
        "With --jsonl: assign stories offline to articles read as JSON lines {\"id\",\"title\",\"text\","
            + "\"publishedAt\"[,\"url\"]} in time order, writing {\"id\",\"storyId\"} lines."})
public final class StoriesCommand implements Callable<Integer> {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneOffset.UTC);

  @Mixin
  DatabaseOptions database;

  @Option(names = "--since", paramLabel = "WHEN", defaultValue = "24h",
      description = "Stories with an article at or after: a date, an instant or an age (default ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--limit", defaultValue = "20", description = "Most stories to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object per story instead of a table.")
  boolean json;

  @Option(names = "--jsonl", paramLabel = "FILE|-",
      description = "Offline mode: read articles from this JSON Lines file ('-' for standard input) and print "
          + "their story ids; the database options are not used.")
  String jsonl;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (jsonl != null) {
      return offline(out);
    }
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("--limit must be 1..10000: " + limit);
    }
    List<StorySummary> stories;
    try (QuerySource db = new QuerySource(database)) {
      stories = db.stories().recent(QueryCommand.when("--since", since), limit);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("stories") && message.contains("does not exist")) {
        throw new CommandFailure("the database has no stories table; a sink of this version creates it when it "
            + "starts", e);
      }
      throw e;
    }
    if (json) {
      printJson(stories, out);
    } else {
      printTable(stories, out);
    }
    out.flush();
    return 0;
  }

  /**
   * The offline mode of the online story assignment, for evaluation and backfill: the same cleaning, tagging and
   * matching code over an in-memory index.
   */
  int runOffline(Reader in, Writer out) throws IOException {
    try {
      OfflineStories.run(in, out, EnrichStages.load(CleanLimits.defaults(), TaggingSettings.defaults()),
          StorySettings.defaults());
      return 0;
    } catch (StoryInputException e) { // a line that is not an article: one line, usage exit code
      throw new CommandFailure("--jsonl: " + e.getMessage(), 2, e);
    }
  }

  /** Runs the offline mode on the {@code --jsonl} input; standard input is read, not closed. */
  private int offline(PrintWriter out) throws IOException {
    int exit;
    if (jsonl.equals("-")) {
      exit = runOffline(new InputStreamReader(System.in, StandardCharsets.UTF_8), out);
    } else {
      Path path = Path.of(jsonl);
      if (!Files.isRegularFile(path)) {
        throw new NoSuchFileException(jsonl);
      }
      try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        exit = runOffline(in, out);
      }
    }
    out.flush();
    return exit;
  }

  private static void printJson(List<StorySummary> stories, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper();
    for (StorySummary story : stories) {
      ObjectNode node = mapper.createObjectNode();
      node.put("id", story.id());
      node.put("headline", story.headline());
      node.put("firstArticleAt", story.firstArticleAt().toString());
      node.put("lastArticleAt", story.lastArticleAt().toString());
      node.put("articleCount", story.articleCount());
      node.put("outletCount", story.outletCount());
      story.outlets().forEach(node.putArray("outlets")::add);
      var entities = node.putArray("entities");
      for (EntityCount entity : story.entities()) {
        entities.addObject().put("name", entity.name()).put("type", entity.type()).put("kbId", entity.kbId())
            .put("articles", entity.articles());
      }
      story.topics().forEach(node.putArray("topics")::add);
      out.println(node);
    }
  }

  private static void printTable(List<StorySummary> stories, PrintWriter out) {
    String row = "%-16s  %8s  %-50s  %-30s  %-30s  %s%n";
    out.printf(row, "LAST (UTC)", "ARTICLES", "HEADLINE", "OUTLETS", "ENTITIES", "ID");
    for (StorySummary story : stories) {
      String outlets = story.outletCount() + ": " + String.join(", ", story.outlets());
      String entities = String.join(", ", story.entities().stream().map(EntityCount::name).toList());
      out.printf(row, WHEN.format(story.lastArticleAt()), story.articleCount(), QueryCommand.cut(story.headline(), 50),
          QueryCommand.cut(outlets, 30), QueryCommand.cut(entities, 30), story.id());
    }
    out.printf("%d stor%s%n", stories.size(), stories.size() == 1 ? "y" : "ies");
  }
}
