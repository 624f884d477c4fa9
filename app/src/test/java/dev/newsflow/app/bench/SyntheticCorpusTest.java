package dev.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

  private static String corpus(long seed) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SyntheticCorpus(seed, 5_000, 8_000).write(50, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldWriteLoadableArticlesOfTheAskedSizeWithDistinctIds() throws Exception {
    List<String> lines = corpus(7).lines().toList();
    assertThat(lines).hasSize(50);
    ObjectMapper mapper = new ObjectMapper();
    ArticleJson json = new ArticleJson();
    List<RawArticle> articles = new java.util.ArrayList<>();
    for (String line : lines) {
      articles.add(json.toArticle(mapper.readTree(line), SourceType.FILE, "test"));
    }
    assertThat(articles).extracting(RawArticle::getId).doesNotHaveDuplicates();
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.getContentType()).isEqualTo(ContentType.HTML);
      assertThat(a.getContent().length()).isBetween(5_000, 8_000 + 1_000);
      assertThat(a.getPublishedAt()).isNotNull();
    });
  }

  @Test
  void shouldBeDeterministicForASeed() throws Exception {
    assertThat(corpus(3)).isEqualTo(corpus(3)).isNotEqualTo(corpus(4));
  }
}
