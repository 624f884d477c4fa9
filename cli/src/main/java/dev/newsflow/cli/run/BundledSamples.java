package dev.newsflow.cli.run;

import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.schema.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample articles shipped in the jar for the demo (written for the project; listed in samples/index.txt). */
public final class BundledSamples {

  private static final String DIR = "/dev/newsflow/cli/samples/";
  public static final String SOURCE_ID = "demo-samples";

  private BundledSamples() {}

  public static List<RawArticle> load(ArticleFileReader reader) {
    List<RawArticle> articles = new ArrayList<>();
    for (String name : names()) {
      try (InputStream in = open(name)) {
        articles.add(reader.read(name, in, SOURCE_ID));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled sample " + name, e);
      }
    }
    return articles;
  }

  static List<String> names() {
    List<String> names = new ArrayList<>();
    try (BufferedReader index = new BufferedReader(new InputStreamReader(open("index.txt"), StandardCharsets.UTF_8))) {
      index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample index", e);
    }
    return names;
  }

  private static InputStream open(String name) {
    InputStream in = BundledSamples.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("bundled sample missing from the jar: " + name);
    }
    return in;
  }
}
