package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.schema.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

  @TempDir
  Path dir;

  @Test
  void shouldGenerateDistinctPagesOfTheRequestedSizeDeterministically() {
    List<RawArticle> first = take(BenchCorpus.synthetic(3, 20_000, 30_000), 20);
    List<RawArticle> again = take(BenchCorpus.synthetic(3, 20_000, 30_000), 20);

    assertThat(first).extracting(RawArticle::getId).doesNotHaveDuplicates()
        .containsExactlyElementsOf(again.stream().map(RawArticle::getId).toList());
    assertThat(first).allSatisfy(a -> assertThat(a.getContent().length()).isBetween(20_000, 31_000));
    assertThat(new HashSet<>(first.stream().map(RawArticle::getContent).toList())).hasSize(20);
  }

  @Test
  void shouldGiveCycledCopiesNewIdsAndNewTextSoDedupeKeepsThem() throws Exception {
    Path file = dir.resolve("two.jsonl");
    Files.writeString(file, "{\"url\":\"https://n.example/a\",\"content\":\"<p>Story A.</p>\"}\n\n"
        + "{\"url\":\"https://n.example/b\",\"content\":\"<p>Story B.</p>\"}\n", StandardCharsets.UTF_8);

    List<RawArticle> pages = take(BenchCorpus.load(file), 6);

    assertThat(pages).extracting(RawArticle::getId).doesNotHaveDuplicates();
    assertThat(pages).extracting(RawArticle::getContent).doesNotHaveDuplicates();
    assertThat(pages.get(0).getContent()).isEqualTo("<p>Story A.</p>");
    assertThat(pages.get(2).getContent()).startsWith("<p>Story A.</p><p>Benchmark copy 1");
  }

  @Test
  void shouldRefuseAnEmptyCorpus() throws Exception {
    Path file = Files.writeString(dir.resolve("empty.jsonl"), "\n");
    assertThatThrownBy(() -> BenchCorpus.load(file)).hasMessageContaining("no articles in");
  }

  private static List<RawArticle> take(BenchCorpus corpus, int n) {
    List<RawArticle> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(corpus.get());
    }
    return pages;
  }
}
