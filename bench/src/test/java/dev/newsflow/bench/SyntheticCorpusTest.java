package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

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
    List<RawArticle> articles = new ArrayList<>();
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

  @Test
  void shouldWriteTheSameArticlesAsAWarcOfHtmlResponses(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.warc.gz");
    try (FileChannel out = FileChannel.open(file,
        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      new SyntheticCorpus(7, 5_000, 8_000).writeWarc(20, out, true);
    }
    List<String> firstUrls = corpus(7).lines().limit(20)
        .map(line -> line.substring(8, line.indexOf('"', 8))).toList();
    List<String> warcUrls = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        WarcResponse response = (WarcResponse) record;
        assertThat(response.http().status()).isEqualTo(200);
        assertThat(response.http().contentType().base().toString()).isEqualTo("text/html");
        warcUrls.add(response.target());
      }
    }
    assertThat(warcUrls).isEqualTo(firstUrls);
  }
}
