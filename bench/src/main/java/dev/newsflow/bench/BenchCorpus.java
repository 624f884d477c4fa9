package dev.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.file.FileIngester;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.jsonl.InvalidArticleException;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The articles a benchmark publishes, without end: generated synthetic pages (each one new), or the pages of a
 * directory or JSON Lines file cycled. From the second pass on, a cycled page gets a new id and a short extra
 * paragraph, so the exact dedupe stage does not drop it as a repeat (near-dupe marking leaves it in the stream).
 *
 * <p>Not thread-safe: one publisher thread draws from it.
 */
public final class BenchCorpus implements Supplier<RawArticle> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<RawArticle> source;
  private final String description;

  private BenchCorpus(Supplier<RawArticle> source, String description) {
    this.source = source;
    this.description = description;
  }

  /** Synthetic HTML pages between {@code minBytes} and {@code maxBytes}, deterministic for the seed. */
  public static BenchCorpus synthetic(long seed, int minBytes, int maxBytes) {
    Iterator<SyntheticCorpus.Article> pages = new SyntheticCorpus(seed, minBytes, maxBytes).articles();
    ArticleJson articles = new ArticleJson();
    return new BenchCorpus(() -> {
      SyntheticCorpus.Article page = pages.next();
      ObjectNode node = JSON.createObjectNode();
      node.put("url", page.url());
      node.put("title", page.title());
      node.put("content", page.html());
      node.put("publishedAt", page.publishedAt().toString());
      node.put("language", "en");
      return toArticle(articles, node);
    }, String.format("synthetic HTML pages of %d-%d KB (seed %d)", minBytes / 1000, maxBytes / 1000, seed));
  }

  /** The pages of a directory (HTML/text files, walked) or of a JSON Lines file, cycled. */
  public static BenchCorpus load(Path path) throws IOException {
    List<RawArticle> pages = new ArrayList<>();
    if (Files.isDirectory(path)) {
      ArticleFileReader reader = new ArticleFileReader();
      for (Path file : FileIngester.articleFiles(path)) {
        try (InputStream in = Files.newInputStream(file)) {
          pages.add(reader.read(file.getFileName().toString(), in, "bench"));
        }
      }
    } else {
      ArticleJson articles = new ArticleJson();
      try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        String line;
        while ((line = lines.readLine()) != null) {
          if (!line.isBlank()) {
            pages.add(toArticle(articles, JSON.readTree(line)));
          }
        }
      }
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + path);
    }
    return new BenchCorpus(new Cycle(pages), pages.size() + " pages from " + path + ", cycled");
  }

  @Override
  public RawArticle get() {
    return source.get();
  }

  public String description() {
    return description;
  }

  private static RawArticle toArticle(ArticleJson articles, JsonNode node) {
    try {
      return articles.toArticle(node, SourceType.OTHER, "bench");
    } catch (InvalidArticleException e) {
      throw new IllegalArgumentException("not a usable article: " + e.getMessage(), e);
    }
  }

  /** Cycles the pages; copies after the first pass get a new id and a paragraph naming the copy. */
  private static final class Cycle implements Supplier<RawArticle> {
    private final List<RawArticle> pages;
    private long next;

    Cycle(List<RawArticle> pages) {
      this.pages = pages;
    }

    @Override
    public RawArticle get() {
      long n = next++;
      RawArticle page = pages.get((int) (n % pages.size()));
      long pass = n / pages.size();
      if (pass == 0) {
        return page;
      }
      String marker = "<p>Benchmark copy " + pass + " of this page, number " + n + ".</p>";
      String content = page.getContent();
      int at = content.lastIndexOf("</p>");
      content = at < 0 ? content + "\n" + marker : content.substring(0, at + 4) + marker + content.substring(at + 4);
      return RawArticle.newBuilder(page).setId(ArticleIds.forContent(page.getId() + "/" + n)).setContent(content)
          .build();
    }
  }
}
