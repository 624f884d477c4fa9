package dev.newsflow.cli.bench;

import dev.newsflow.bench.SyntheticCorpus;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow bench corpus OUT}: writes a synthetic JSON Lines corpus for ingest load tests. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Write a synthetic corpus for ingest load tests: JSON Lines, or a WARC file when OUT ends in .warc"
        + " or .warc.gz; .gz is gzipped.")
final class BenchCorpusCommand implements Callable<Integer> {

  @Parameters(paramLabel = "OUT", description = "The file to write.")
  Path out;

  @Option(names = "--articles", defaultValue = "20000", description = "How many (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--min-bytes", defaultValue = "5000", description = "Smallest page (default ${DEFAULT-VALUE}).")
  int minBytes;

  @Option(names = "--max-bytes", defaultValue = "20000", description = "Largest page (default ${DEFAULT-VALUE}).")
  int maxBytes;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long content;
    SyntheticCorpus corpus = new SyntheticCorpus(seed, minBytes, maxBytes);
    String name = out.toString();
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        content = corpus.writeWarc(articles, channel, name.endsWith(".gz"));
      }
    } else {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
          OutputStream sink = name.endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file) {
        content = corpus.write(articles, sink);
      }
    }
    spec.commandLine().getErr().println(String.format(Locale.ROOT,
        "wrote %,d articles (%.1f MB of HTML, file %.1f MB) to %s", articles, content / 1e6, Files.size(out) / 1e6,
        out));
    return 0;
  }
}
