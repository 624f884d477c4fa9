package dev.newsflow.cli.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.cli.errors.ErrorLine;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.CleanedArticle;
import dev.newsflow.extract.ContentKind;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.schema.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow extract}: the clean stage on files or stdin, without Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract main text and metadata from HTML or text files (.gz too), or stdin ('-').")
public final class ExtractCommand implements Callable<Integer> {

  /** Output shapes. */
  enum Format { text, json, jsonl }

  @Mixin
  LocalInputs local;

  @Option(names = "--format", defaultValue = "text",
      description = "text (the main text), json (one pretty object), jsonl (one object per input, with 'file'). "
          + "Default ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--url", description = "The page's URL (for reading from a file or stdin); "
      + "defaults to $EXTRACTION_PAGE_URL when set.")
  String url;

  @Option(names = "--fetched-at", paramLabel = "INSTANT", description = "When the pages were fetched "
      + "(ISO-8601, e.g. 2020-03-16T09:00:00Z): no publish date may be later, and relative times such as "
      + "'3 hours ago' count back from it. Default: unknown (now bounds the dates; relative times are not read).")
  Instant fetchedAt;

  @Spec
  CommandSpec spec;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleFileReader reader = local.reader();
    ArticleCleaner cleaner = new ArticleCleaner();
    String pageUrl = url != null ? url : System.getenv("EXTRACTION_PAGE_URL");
    List<String> inputs = local.inputs();
    int failures = 0;
    for (String input : inputs) {
      try {
        RawArticle raw = read(reader, input);
        String articleUrl = pageUrl != null ? pageUrl : raw.getUrl();
        // A file's read time is not the page's fetch time: only --fetched-at says when that was.
        CleanedArticle article = cleaner.clean(raw.getContent(), ContentKind.valueOf(raw.getContentType().name()), articleUrl,
            fetchedAt);
        print(out, input, article);
      } catch (IOException | RuntimeException e) {
        failures++;
        err.println("extract: " + ErrorLine.about(input, e));
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  /** A file, or stdin for "-", as the raw article the clean stage takes; shared by extract, tag and topics. */
  static RawArticle read(ArticleFileReader reader, String input) throws IOException {
    if ("-".equals(input)) {
      return reader.read("stdin", System.in, "stdin");
    }
    Path path = Path.of(input);
    try (InputStream in = Files.newInputStream(path)) {
      return reader.read(path.getFileName().toString(), in, "file:" + path.toAbsolutePath());
    }
  }

  private void print(PrintWriter out, String input, CleanedArticle article) throws IOException {
    switch (format) {
      case text -> out.println(article.text());
      case json -> out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(input, article)));
      case jsonl -> out.println(JSON.writeValueAsString(toJson(input, article)));
      default -> throw new IllegalStateException("unknown format " + format);
    }
  }

  static ObjectNode toJson(String input, CleanedArticle a) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", input);
    node.put("title", a.title());
    node.put("description", a.description());
    ArrayNode authors = node.putArray("authors");
    a.authors().forEach(authors::add);
    node.put("section", a.section());
    node.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
    node.put("publishedDate", a.publishedDate() == null ? null : a.publishedDate().toString());
    node.put("publishedOffset", a.publishedOffset() == null ? null : a.publishedOffset().getId());
    node.put("modifiedAt", a.modifiedAt() == null ? null : a.modifiedAt().toString());
    node.put("canonicalUrl", a.canonicalUrl());
    node.put("siteName", a.siteName());
    node.put("language", a.language());
    node.put("leadImage", a.leadImage());
    ObjectNode sources = node.putObject("sources");
    a.sources().forEach(sources::put);
    ArrayNode warnings = node.putArray("warnings");
    a.warnings().forEach(warnings::add);
    node.put("text", a.text());
    return node;
  }
}
