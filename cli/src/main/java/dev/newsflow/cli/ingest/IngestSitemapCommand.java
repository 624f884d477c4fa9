package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.IngestServices;
import dev.newsflow.ingest.sitemap.SitemapIngester;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

/** {@code newsflow ingest sitemap URL... [--since DATE | --max-age 2d]}: publish the recent pages of sitemaps. */
@Command(name = "sitemap", mixinStandardHelpOptions = true,
    description = "Read sitemaps (indexes, plain, Google News; gzipped or not) and publish the pages dated since "
        + "the cut-off.")
final class IngestSitemapCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Mixin
  IngestWebOptions web;

  @Parameters(arity = "1..*", paramLabel = "URL", description = "Sitemap or sitemap index URLs.")
  List<String> sitemaps;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Skip pages dated before this (2025-11-01 or 2025-11-01T06:00:00Z); wins over --max-age.")
  String since;

  @Option(names = "--max-age", paramLabel = "DURATION",
      description = "sitemap.max-age: skip pages older than this (e.g. 2d); 0 for no cut-off.")
  String maxAge;

  @Option(names = "--include-undated", description = "sitemap.include-undated: take pages without a date too.")
  boolean includeUndated;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> flags = new LinkedHashMap<>();
    if (maxAge != null) {
      flags.put("sitemap.max-age", maxAge);
    }
    if (includeUndated) {
      flags.put("sitemap.include-undated", "true");
    }
    IngestServices services = new IngestServices(web.settings(flags), cluster.connect(), cluster.topics().raw());
    IngestReport report;
    try (services) {
      SitemapIngester ingester = services.sitemapIngester();
      Instant cutOff = since != null ? parseSince(since) : ingester.defaultSince();
      err.println(cutOff == null ? "no cut-off date: every listed page is fetched" : "pages since " + cutOff);
      report = ingester.ingest(sitemaps, cutOff);
    }
    report.publishedIds().forEach(out::println);
    report.failures().forEach(f -> err.println("failed: " + f.input() + ": " + f.reason()));
    err.print(services.metrics().summary());
    err.flush();
    err.println(report + " to " + cluster.topics().raw());
    return report.hasFailures() ? 1 : 0;
  }

  static Instant parseSince(String text) {
    try {
      return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--since: not a date: '" + text + "' (use 2025-11-01 or "
          + "2025-11-01T06:00:00Z)", e);
    }
  }
}
