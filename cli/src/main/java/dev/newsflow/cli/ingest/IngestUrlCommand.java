package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.IngestServices;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest url URL... | --urls-file FILE}: fetch pages politely and publish them. */
@Command(name = "url", mixinStandardHelpOptions = true,
    description = "Fetch web pages (robots.txt, per-host delay, SSRF guard) and publish them as URL articles.")
final class IngestUrlCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Mixin
  IngestWebOptions web;

  @Parameters(arity = "0..*", paramLabel = "URL", description = "Page URLs (http or https).")
  List<String> urls = new ArrayList<>();

  @Option(names = "--urls-file", paramLabel = "FILE",
      description = "A file of URLs, one a line; blank lines and lines starting with # are skipped.")
  Path urlsFile;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> all = new ArrayList<>(urls);
    if (urlsFile != null) {
      all.addAll(UrlsFile.read(urlsFile));
    }
    if (all.isEmpty()) {
      err.println("no URLs given: pass URL... or --urls-file FILE");
      return 2;
    }
    IngestServices services = new IngestServices(web.settings(Map.of()), cluster.connect(), cluster.topics().raw());
    IngestReport report;
    try (services) {
      report = services.urlIngester().ingest(all);
    }
    report.publishedIds().forEach(out::println);
    report.failures().forEach(f -> err.println("failed: " + f.input() + ": " + f.reason()));
    err.print(services.metrics().summary());
    err.flush();
    err.println(report + " to " + cluster.topics().raw());
    return report.hasFailures() ? 1 : 0;
  }
}
