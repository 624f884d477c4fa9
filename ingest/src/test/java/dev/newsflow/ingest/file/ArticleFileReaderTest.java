package dev.newsflow.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ArticleFileReaderTest {

  private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
  private final ArticleFileReader reader = new ArticleFileReader(1024, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void shouldTakeTheIdFromTheCanonicalUrl() throws IOException {
    String html = "<html><head><link rel=canonical href='https://news.example/a?utm_source=x'></head>"
        + "<body><p>Hello</p></body></html>";
    RawArticle article = read("page.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(article.getId()).isEqualTo(ArticleIds.forUrl("https://news.example/a"));
    assertThat(article.getUrl()).isEqualTo("https://news.example/a?utm_source=x");
    assertThat(article.getContentType()).isEqualTo(ContentType.HTML);
    assertThat(article.getSourceType()).isEqualTo(SourceType.FILE);
    assertThat(article.getFetchedAt()).isEqualTo(NOW);
    assertThat(article.getContent()).isEqualTo(html);
  }

  @Test
  void shouldHashTheContentOfTextFiles() throws IOException {
    RawArticle article = read("story.txt", "Title\nBody".getBytes(StandardCharsets.UTF_8));
    assertThat(article.getContentType()).isEqualTo(ContentType.TEXT);
    assertThat(article.getId()).isEqualTo(ArticleIds.forContent("Title\nBody"));
    assertThat(article.getUrl()).isNull();
  }

  @Test
  void shouldReadGzippedFiles() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write("<html><body><p>Zipped</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    RawArticle article = read("page.html.gz", zipped.toByteArray());
    assertThat(article.getContent()).contains("Zipped");
    assertThat(article.getContentType()).isEqualTo(ContentType.HTML);
  }

  @Test
  void shouldKeepEveryByteOfInvalidUtf8AndSaySo() throws IOException {
    byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    RawArticle article = read("cafe.txt", latin1);
    assertThat(article.getContent()).isEqualTo("Caf\u00e9 au lait");
    assertThat(article.getHints()).containsKey("charset");
  }

  @Test
  void shouldRecordTheCharsetAPageWasReadWith() throws IOException {
    String html = "<html><head><meta charset=\"iso-8859-2\"></head><body><p>\u0141\u00f3d\u017a</p></body></html>";
    RawArticle article = read("lodz.html", html.getBytes(java.nio.charset.Charset.forName("ISO-8859-2")));
    assertThat(article.getContent()).isEqualTo(html);
    assertThat(article.getHints()).containsEntry("charset", "ISO-8859-2 (declared iso-8859-2)");
    assertThat(read("plain.html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8)).getHints())
        .containsEntry("charset", "UTF-8");
  }

  @Test
  void shouldRefuseContentOverTheLimitWithoutInflatingIt() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(new byte[1_000_000]); // a small gzip bomb: 1 MB of zeros
    }
    assertThatThrownBy(() -> read("bomb.html.gz", zipped.toByteArray()))
        .isInstanceOf(ArticleTooLargeException.class).hasMessageContaining("limit of 1024 bytes");
  }

  @Test
  void shouldSniffHtmlWithoutAnExtension() throws IOException {
    assertThat(read("page", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))
        .getContentType()).isEqualTo(ContentType.HTML);
  }

  private RawArticle read(String name, byte[] bytes) throws IOException {
    return reader.read(name, new ByteArrayInputStream(bytes), "test");
  }
}
