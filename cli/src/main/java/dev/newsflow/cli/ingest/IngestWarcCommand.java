package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.ingest.progress.CountingInputStream;
import dev.newsflow.ingest.warc.WarcIngester;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest warc FILE...}: the HTML pages of web archives. */
@Command(name = "warc", mixinStandardHelpOptions = true,
    description = "Publish the HTML responses (status 200) of WARC files, gzipped or not, with their original URL"
        + " and fetch date; other records are skipped and counted by reason.")
final class IngestWarcCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Mixin
  BulkOptions options;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "WARC files (.warc, .warc.gz).")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long total = 0;
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        total += Files.size(file);
      }
    }
    return BulkRun.run(spec, cluster, options, "warc", total, (load, bytes) -> {
      WarcIngester ingester = new WarcIngester(load, options.contentLimit.maxContentBytes);
      for (Path file : files) {
        try (InputStream in = new CountingInputStream(Files.newInputStream(file), bytes)) {
          ingester.ingest(file.toString(), in);
        } catch (IOException | RuntimeException e) {
          load.failed(file.toString(), "cannot read: " + e.getMessage());
        }
      }
    });
  }
}
