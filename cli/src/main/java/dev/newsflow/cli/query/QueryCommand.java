package dev.newsflow.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.schemas.config.Durations;
import dev.newsflow.sink.query.ArticleHit;
import dev.newsflow.sink.query.ArticleQuery;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow query}: finds stored articles, newest first. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Search stored articles (DuckDB file or PostgreSQL), newest first, e.g. "
        + "'newsflow query --duckdb news.duckdb --entity zelensky --topic politics --since 7d'.")
public final class QueryCommand implements Callable<Integer> {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneOffset.UTC);

  @Mixin
  DatabaseOptions database;

  @Parameters(arity = "0..*", paramLabel = "TERMS", description = "Full-text search terms.")
  List<String> terms;

  @Option(names = "--entity", paramLabel = "NAME", description = "Mentions an entity whose name contains NAME.")
  String entity;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Has this topic (label or IPTC code).")
  String topic;

  @Option(names = "--source", paramLabel = "ID", description = "From this source id.")
  String source;

  @Option(names = "--story", paramLabel = "ID",
      description = "In this story, including the stories merged into it (see 'newsflow stories').")
  String story;

  @Option(names = "--since", paramLabel = "WHEN",
      description = "Published at or after: a date (2025-06-01), an instant (2025-06-01T12:00:00Z) or an age (7d).")
  String since;

  @Option(names = "--until", paramLabel = "WHEN", description = "Published before; same forms as --since.")
  String until;

  @Option(names = "--limit", defaultValue = "20", description = "Most articles to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object per article instead of a table.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ArticleQuery query = new ArticleQuery(terms == null ? null : String.join(" ", terms), entity, topic, source,
        when("--since", since), when("--until", until), limit, story);
    List<ArticleHit> hits;
    try (QuerySource db = new QuerySource(database)) {
      hits = db.search().search(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(hits, out);
    } else {
      printTable(hits, out);
    }
    out.flush();
    return 0;
  }

  /** {@link #when(String)} for an option, the option named when its value cannot be read. */
  static Instant when(String option, String text) {
    try {
      return when(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a date, an instant, or an age ("7d" = seven days ago).
   *
   * @throws IllegalArgumentException naming the three forms when {@code text} is none of them
   */
  static Instant when(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (s.contains("T")) {
        return Instant.parse(s);
      }
      return Instant.now().minus(Durations.parse(s));
    } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (2025-06-01), an instant "
          + "(2025-06-01T12:00:00Z) or an age (7d)", e);
    }
  }

  private static void printJson(List<ArticleHit> hits, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper();
    for (ArticleHit hit : hits) {
      ObjectNode node = mapper.createObjectNode();
      node.put("id", hit.id());
      node.put("publishedAt", hit.publishedAt().toString());
      node.put("source", hit.source());
      node.put("title", hit.title());
      node.put("url", hit.url());
      hit.topics().forEach(node.putArray("topics")::add);
      hit.entities().forEach(node.putArray("entities")::add);
      out.println(node);
    }
  }

  private static void printTable(List<ArticleHit> hits, PrintWriter out) {
    out.printf("%-16s  %-14s  %-60s  %-24s  %s%n", "PUBLISHED (UTC)", "SOURCE", "TITLE", "TOPICS", "ENTITIES");
    for (ArticleHit hit : hits) {
      out.printf("%-16s  %-14s  %-60s  %-24s  %s%n", WHEN.format(hit.publishedAt()), cut(hit.source(), 14),
          cut(hit.title(), 60), cut(String.join(", ", hit.topics()), 24), String.join(", ", hit.entities()));
    }
    out.printf("%d article%s%n", hits.size(), hits.size() == 1 ? "" : "s");
  }

  static String cut(String value, int width) {
    if (value == null) {
      return "";
    }
    return value.length() <= width ? value : value.substring(0, width - 1) + "…";
  }
}
