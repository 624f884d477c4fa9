package dev.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToIntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ElementAttributesTest {

  @Test
  void shouldReadTheAttributesTheWalkAsksAboutInOnePass() {
    Document doc = Jsoup.parse("<div CLASS='story body' id=main itemprop=articleBody role=main style='color:red'"
        + " aria-hidden=false aria-label=Story data-x=1 hidden></div><a href=/x rel=author type=t>a</a>");
    ElementAttributes attrs = new ElementAttributes().of(doc.selectFirst("div"));

    assertThat(attrs.any()).isTrue();
    assertThat(attrs.className()).isEqualTo("story body");
    assertThat(attrs.id()).isEqualTo("main");
    assertThat(attrs.itemprop()).isEqualTo("articleBody");
    assertThat(attrs.role()).isEqualTo("main");
    assertThat(attrs.style()).isEqualTo("color:red");
    assertThat(attrs.ariaHidden()).isEqualTo("false");
    assertThat(attrs.ariaLabel()).isEqualTo("Story");
    assertThat(attrs.hidden()).isTrue();
    assertThat(attrs.hasHref()).isFalse();

    attrs.of(doc.selectFirst("a"));
    assertThat(attrs.rel()).isEqualTo("author");
    assertThat(attrs.type()).isEqualTo("t");
    assertThat(attrs.hasHref()).isTrue();
    assertThat(attrs.className()).as("nothing left over from the div").isEmpty();
    assertThat(attrs.id()).isEmpty();
    assertThat(attrs.hidden()).isFalse();
  }

  @Test
  void shouldReadAnElementWithoutAttributesAsEmpty() {
    Document doc = Jsoup.parse("<p class=lead>x</p><p>y</p>");
    ElementAttributes attrs = new ElementAttributes();
    attrs.of(doc.select("p").get(0));
    attrs.of(doc.select("p").get(1));
    assertThat(attrs.any()).isFalse();
    assertThat(attrs.className()).isEmpty();
  }

  @Test
  void memoShouldAnswerLikeTheFunctionWhateverTheCollisions() {
    int[] calls = {0};
    ToIntFunction<String> length = s -> {
      calls[0]++;
      return s.length() * 7 + s.charAt(0);
    };
    AttributeMemo memo = new AttributeMemo(length);
    // Far more distinct values than slots, each asked twice in a row and again later: collisions must only cost a
    // recomputation, never a wrong answer.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5000; i++) {
        String value = "c" + i + " x" + (i % 37);
        assertThat(memo.get(value)).isEqualTo(value.length() * 7 + 'c');
        assertThat(memo.get(new String(value))).isEqualTo(value.length() * 7 + 'c');
      }
    }
    assertThat(calls[0]).as("an equal value in its slot is not recomputed").isLessThan(2 * 2 * 5000);
  }
}
