package dev.newsflow.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.extract.ElementAttributes;
import dev.newsflow.extract.meta.PageScan;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class SharedWalkTest {

  private static final String PAGE = "<html><head><title>T</title><script>var x;</script></head><body>"
      + "<nav><a href='/'>Home</a></nav><div id='a'><p>One <b>two</b></p><aside><p>Side</p></aside></div>"
      + "<footer><p>Foot</p></footer></body></html>";

  /** Records head and tail calls, skipping the subtrees of the given tags. */
  private static final class Recorder implements NodeFilter {
    final List<String> calls = new ArrayList<>();
    private final List<String> skipped;

    Recorder(String... skipped) {
      this.skipped = List.of(skipped);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      calls.add("head " + node.nodeName() + "@" + depth);
      return node instanceof Element el && skipped.contains(el.normalName())
          ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      calls.add("tail " + node.nodeName() + "@" + depth);
      return FilterResult.CONTINUE;
    }
  }

  @Test
  void shouldGiveEveryFilterTheCallsOfAWalkOfItsOwn() {
    Document doc = Jsoup.parse(PAGE);
    Recorder[] shared = {new Recorder(), new Recorder("nav", "aside"), new Recorder("head", "div", "footer")};
    Recorder[] alone = {new Recorder(), new Recorder("nav", "aside"), new Recorder("head", "div", "footer")};

    SharedWalk.run(doc, shared);
    for (Recorder r : alone) {
      NodeTraversor.filter(r, doc);
    }

    for (int i = 0; i < shared.length; i++) {
      assertThat(shared[i].calls).isEqualTo(alone[i].calls);
    }
    assertThat(shared[1].calls).contains("head aside@4", "head p@4").doesNotContain("tail aside@4", "head p@5");
  }

  @Test
  void shouldSkipASubtreeOnlyForTheFiltersThatSkipIt() {
    Document doc = Jsoup.parse(PAGE);
    Recorder a = new Recorder("div");
    Recorder b = new Recorder("div", "nav");

    SharedWalk.run(doc, a, b);

    assertThat(a.calls).contains("head div@3", "head nav@3", "head a@4", "tail nav@3")
        .doesNotContain("head b@5", "tail div@3");
    assertThat(b.calls).contains("head div@3", "head nav@3", "head footer@3")
        .doesNotContain("head a@4", "head b@5", "tail div@3", "tail nav@3");
  }

  @Test
  void shouldGatherTheSameStatisticsAsAWalkOfTheBodyAlone() {
    Document doc = Jsoup.parse(PAGE);
    PageStats alone = PageStats.of(doc.body());
    PageStats shared = PageStats.ofWalk(doc.body());
    // With the metadata scan reading each element's attributes first, as in the extractor.
    ElementAttributes attributes = new ElementAttributes();
    SharedWalk.run(doc, new PageScan(attributes), new Recorder(), shared.collector(attributes));

    for (Element el : doc.getAllElements()) {
      PageStats.Stat a = alone.get(el);
      PageStats.Stat s = shared.get(el);
      assertThat(s == null).as(el.normalName()).isEqualTo(a == null);
      if (a != null) {
        assertThat(s.text).isEqualTo(a.text);
        assertThat(s.link).isEqualTo(a.link);
        assertThat(s.excluded).isEqualTo(a.excluded);
      }
    }
    assertThat(shared.paragraphs()).extracting(p -> p.element).isEqualTo(
        alone.paragraphs().stream().map(p -> p.element).toList());
    assertThat(shared.get(doc.head())).isNull();
    assertThat(shared.get(doc.body()).text).isEqualTo("Onetwo".length()); // nav, aside and the short footer go
  }
}
