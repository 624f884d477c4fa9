package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.ingest.jsonl.JsonLinesIngester;
import dev.newsflow.ingest.progress.CountingInputStream;
import dev.newsflow.schema.SourceType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest jsonl FILE... | -}: bulk load of JSON Lines articles. */
@Command(name = "jsonl", mixinStandardHelpOptions = true,
    description = "Bulk load JSON Lines of articles ({\"url\",\"title\",\"content\",\"publishedAt\",...} per line;"
        + " .gz too; - for stdin). Bad lines are reported with their line number and skipped.")
final class IngestJsonlCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Mixin
  BulkOptions options;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines files (.jsonl, .ndjson, .gz), or -.")
  List<Path> files;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Copy every bad line here verbatim (appended), to fix and reload.")
  Path rejects;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long total = 0;
    for (Path file : files) {
      if (!file.toString().equals("-") && Files.isRegularFile(file)) {
        total += Files.size(file);
      }
    }
    try (OutputStream rejected = rejects == null ? null : new BufferedOutputStream(Files.newOutputStream(rejects,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
      return BulkRun.run(spec, cluster, options, "jsonl", files.contains(Path.of("-")) ? -1 : total,
          (load, bytes) -> {
            JsonLinesIngester ingester = new JsonLinesIngester(options.articleJson(), load, rejected,
                options.contentLimit.maxContentBytes);
            for (Path file : files) {
              if (file.toString().equals("-")) {
                ingester.ingest("stdin", new CountingInputStream(System.in, bytes), "stdin", SourceType.STDIN);
                continue;
              }
              try (InputStream in = new CountingInputStream(Files.newInputStream(file), bytes)) {
                ingester.ingest(file.toString(), in, "file:" + file.toAbsolutePath(), SourceType.FILE);
              } catch (IOException | UncheckedIOException e) {
                load.failed(file.toString(), "cannot read: " + e.getMessage());
              }
            }
          });
    }
  }
}
