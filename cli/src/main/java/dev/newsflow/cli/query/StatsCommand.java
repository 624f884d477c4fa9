package dev.newsflow.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.sink.query.Stats.Count;
import dev.newsflow.sink.query.Stats;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow stats}: how many articles, per topic, entity and source. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count stored articles per topic, entity and source (DuckDB file or PostgreSQL).")
public final class StatsCommand implements Callable<Integer> {

  @Mixin
  DatabaseOptions database;

  @Option(names = "--top", defaultValue = "10", description = "Rows per list (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Stats stats;
    try (QuerySource db = new QuerySource(database)) {
      stats = db.search().stats(top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(stats));
    } else {
      out.printf("articles: %d%n", stats.articles());
      print("topics", stats.topics(), out);
      print("entities", stats.entities(), out);
      print("sources", stats.sources(), out);
    }
    out.flush();
    return 0;
  }

  private static void print(String title, List<Count> counts, PrintWriter out) {
    out.printf("%n%s:%n", title);
    for (Count count : counts) {
      out.printf("  %8d  %s%n", count.articles(), count.key());
    }
  }
}
