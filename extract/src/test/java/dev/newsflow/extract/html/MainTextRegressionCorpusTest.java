package dev.newsflow.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.extract.meta.JsonLd;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression corpus: pages written for the project in the tricky shapes of real news sites (JSON-LD only, article
 * split across divs, comments longer than the article, live blog, old table layout), each with its golden main text
 * in {@code src/test/resources/html/maintext/<name>.txt}.
 *
 * <p>Known limit recorded by {@code live-blog}: a key-points box next to the entries, holding only a short list, is
 * not joined to them (it scores below the sibling threshold); the entries themselves are kept whole.
 */
class MainTextRegressionCorpusTest {

  private final MainTextExtractor extractor = new MainTextExtractor();

  static Stream<String> pages() {
    return Stream.of("split-divs", "json-ld-only", "comments-longer-than-article", "live-blog", "table-layout");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void shouldMatchTheGoldenText(String name) throws IOException {
    Document doc = Jsoup.parse(read(name + ".html"));
    MainText text = extractor.extract(doc, JsonLd.of(doc), doc.title());
    assertThat(text.text()).isEqualTo(read(name + ".txt").strip());
    assertThat(text.warnings()).isEmpty();
  }

  private static String read(String file) throws IOException {
    try (InputStream in = MainTextRegressionCorpusTest.class.getResourceAsStream("/html/maintext/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
