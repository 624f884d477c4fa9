package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.bulk.LoadSummary;
import dev.newsflow.ingest.progress.CountingInputStream;
import dev.newsflow.ingest.progress.ProgressMeter;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.stdin.StdinIngester;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one bulk load the same way for every one-shot command: ids on stdout as the broker acknowledges them,
 * failures on stderr with their input (file and line), progress on stderr, a summary with the rate at the end.
 * Exit code 0 when nothing failed, 1 otherwise.
 */
final class BulkRun {

  /** The loading itself, given the load to publish through and a counter for the input bytes read. */
  interface Body {
    void load(BulkLoad load, LongAdder bytesRead) throws IOException;
  }

  private BulkRun() {}

  static int run(CommandSpec spec, ClusterOptions cluster, BulkOptions options, String label, long totalBytes,
      Body body) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LongAdder bytesRead = new LongAdder();
    long start = System.nanoTime();
    LoadSummary summary;
    try (ArticlePublisher publisher = new ArticlePublisher(cluster.connect(), cluster.topics().raw())) {
      BulkLoad load = new BulkLoad(publisher, new BulkLoad.Listener() {
        @Override
        public void published(String input, String id) {
          if (!options.noIds) {
            out.println(id);
          }
        }

        @Override
        public void failed(String input, String reason) {
          err.println("failed: " + input + ": " + reason);
        }
      });
      ProgressMeter progress = options.showProgress()
          ? ProgressMeter.start(label, totalBytes, load::submitted, bytesRead::sum, err, options.redraw())
          : ProgressMeter.off();
      try (progress) {
        body.load(load, bytesRead);
        summary = load.finish();
      } catch (IOException e) {
        summary = load.finish();
        err.println("failed: " + label + ": " + e.getMessage());
        summary = new LoadSummary(summary.published(), summary.failed() + 1, summary.skipped());
      }
    }
    out.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    err.println(String.format(Locale.ROOT, "%s: %s to %s in %.1f s (%,.1f articles/s, %.1f MB/s read)", label, summary,
        cluster.topics().raw(), seconds, summary.published() / seconds, bytesRead.sum() / 1e6 / seconds));
    err.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  /** Standard input as JSON Lines or one document ({@code ingest stdin}, {@code ingest files -}). */
  static int stdin(CommandSpec spec, ClusterOptions cluster, BulkOptions options, String url) {
    return run(spec, cluster, options, "stdin", -1, (load, bytes) ->
        new StdinIngester(options.fileReader(), options.articleJson(), load, null, options.contentLimit.maxContentBytes)
            .ingest(new CountingInputStream(System.in, bytes), url));
  }
}
