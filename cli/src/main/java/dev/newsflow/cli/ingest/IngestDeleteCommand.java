package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.ingest.id.ArticleRefs;
import dev.newsflow.ingest.publish.ArticlePublisher;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow ingest delete ID|URL...}: publishes a tombstone per article on the raw topic; enrich forwards it
 * and the sinks delete the article. Every argument is checked before anything is sent. The ids deleted go to
 * stdout as the broker acknowledges them; exit 0, 1 when a send failed, 2 for an argument that names no article.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Delete articles: publish a tombstone (null value) keyed by each article's id to the raw topic;"
        + " the pipeline forwards it and the sinks delete the article.")
final class IngestDeleteCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Parameters(arity = "1..*", paramLabel = "ID|URL",
      description = "Article ids (32 hex characters) or URLs (the id is derived as ingest derives it).")
  List<String> refs;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> ids = new ArrayList<>();
    for (String ref : refs) {
      try {
        ids.add(ArticleRefs.toId(ref));
      } catch (IllegalArgumentException e) {
        err.println("newsflow ingest delete: " + e.getMessage());
        return 2;
      }
    }
    int failed = 0;
    try (ArticlePublisher publisher = new ArticlePublisher(cluster.settings(), cluster.topics().raw())) {
      Map<String, CompletableFuture<RecordMetadata>> sent = new LinkedHashMap<>();
      ids.forEach(id -> sent.putIfAbsent(id, publisher.delete(id)));
      publisher.flush();
      for (Map.Entry<String, CompletableFuture<RecordMetadata>> entry : sent.entrySet()) {
        try {
          entry.getValue().get();
          out.println(entry.getKey());
        } catch (ExecutionException e) {
          failed++;
          err.println("failed: delete " + entry.getKey() + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          err.println("interrupted");
          return 1;
        }
      }
      out.flush();
      err.println("delete: " + (sent.size() - failed) + " published, " + failed + " failed to "
          + cluster.topics().raw());
    }
    return failed == 0 ? 0 : 1;
  }
}
