package dev.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the clean stage over the regression corpus in {@code src/test/resources/corpus/<case>/}: pages written for
 * the project, each with the text ({@code expected.txt}) and metadata ({@code expected.json}) a careful human would
 * extract. For every case: cleaning never throws; the text reaches the case's shingle F1 threshold (or equals the
 * golden text exactly when {@code exactText} is set, or stays under {@code maxTextChars} with a warning for pages
 * without an article); and every metadata field the golden file names matches exactly.
 *
 * <p>Thresholds are what a good extractor must reach, not what the current one does; the corpus README says how to
 * add a case.
 */
class RegressionCorpusTest {

  /** Fixed fetch time, after every publish date in the corpus, so the "not in the future" rule never bites. */
  private static final Instant FETCHED_AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Function<CleanedArticle, Object>> FIELDS = Map.of(
      "title", CleanedArticle::title,
      "authors", CleanedArticle::authors,
      "section", CleanedArticle::section,
      "publishedAt", a -> a.publishedAt() == null ? null : a.publishedAt().toString(),
      "canonicalUrl", CleanedArticle::canonicalUrl,
      "siteName", CleanedArticle::siteName,
      "language", CleanedArticle::language,
      "description", CleanedArticle::description);

  private final ArticleCleaner cleaner = new ArticleCleaner();

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(corpusRoot())) {
      List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json")))
          .map(d -> d.getFileName().toString()).sorted().toList();
      assertThat(names).as("corpus cases").hasSizeGreaterThanOrEqualTo(14);
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shouldMatchGoldenOutputs(String name) throws Exception {
    Path dir = corpusRoot().resolve(name);
    JsonNode golden = JSON.readTree(dir.resolve("expected.json").toFile());
    JsonNode input = golden.path("input");
    JsonNode expect = golden.path("expect");
    ContentKind type = ContentKind.valueOf(input.path("contentType").asText("HTML"));
    String page = readPage(dir, Charset.forName(input.path("charset").asText("UTF-8")));
    String url = input.hasNonNull("url") ? input.get("url").asText() : null;

    CleanedArticle article = assertDoesNotThrow(() -> cleaner.clean(page, type, url, FETCHED_AT));

    String expectedText = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8).strip();
    double f1 = ShingleF1.score(expectedText, article.text());
    // One line per case in the test output, so a run shows where the extractor stands on the whole corpus.
    System.out.printf(Locale.ROOT, "corpus %-36s F1=%.3f chars=%d warnings=%s%n", name, f1, article.text().length(),
        article.warnings());

    SoftAssertions softly = new SoftAssertions();
    if (expect.has("maxTextChars")) {
      softly.assertThat(article.text().length()).as("text length of a page without an article")
          .isLessThanOrEqualTo(expect.get("maxTextChars").asInt());
    }
    if (expect.path("warning").asBoolean(false)) {
      softly.assertThat(article.warnings()).as("warnings").isNotEmpty();
    }
    if (expect.has("minTextF1")) {
      softly.assertThat(f1).as("shingle F1 of the text; got:%n%s", article.text())
          .isGreaterThanOrEqualTo(expect.get("minTextF1").asDouble());
    }
    if (expect.path("exactText").asBoolean(false)) {
      softly.assertThat(article.text()).as("exact text").isEqualTo(expectedText);
    }
    golden.path("metadata").fields().forEachRemaining(field -> {
      Function<CleanedArticle, Object> getter = FIELDS.get(field.getKey());
      softly.assertThat(getter).as("known metadata field %s", field.getKey()).isNotNull();
      if (getter != null) {
        softly.assertThat(getter.apply(article)).as("metadata %s", field.getKey()).isEqualTo(value(field.getValue()));
      }
    });
    softly.assertAll();
  }

  private static Object value(JsonNode node) {
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(v -> values.add(v.asText()));
      return values;
    }
    return node.isNull() ? null : node.asText();
  }

  /** Decodes the page with the charset the case declares: ingest would have done that before the clean stage. */
  private static String readPage(Path dir, Charset charset) throws IOException {
    for (String file : List.of("page.html", "page.txt")) {
      if (Files.exists(dir.resolve(file))) {
        return new String(Files.readAllBytes(dir.resolve(file)), charset);
      }
    }
    throw new IOException("no page.html or page.txt in " + dir);
  }

  private static Path corpusRoot() throws URISyntaxException {
    return Path.of(RegressionCorpusTest.class.getResource("/corpus").toURI());
  }
}
