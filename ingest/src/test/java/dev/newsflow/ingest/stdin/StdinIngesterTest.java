package dev.newsflow.ingest.stdin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class StdinIngesterTest {

  private static StdinIngester.Kind detect(byte[] bytes) throws IOException {
    BufferedInputStream in = StdinIngester.gunzipped(new ByteArrayInputStream(bytes));
    StdinIngester.Kind kind = StdinIngester.detect(in);
    assertThat(in.readAllBytes()).as("detection leaves the input unread").isNotEmpty();
    return kind;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shouldTakeInputStartingWithABraceForJsonLines() throws IOException {
    assertThat(detect(utf8("{\"url\":\"https://x.example/a\",\"content\":\"a\"}\n"))).isEqualTo(
        StdinIngester.Kind.JSON_LINES);
    assertThat(detect(utf8("\uFEFF \n\t{\"content\":\"a\"}"))).isEqualTo(StdinIngester.Kind.JSON_LINES);
  }

  @Test
  void shouldTakeAnythingElseForOneDocument() throws IOException {
    assertThat(detect(utf8("<!doctype html><html><body>{not json}</body></html>")))
        .isEqualTo(StdinIngester.Kind.DOCUMENT);
    assertThat(detect(utf8("  Plain text headline\nBody."))).isEqualTo(StdinIngester.Kind.DOCUMENT);
  }

  @Test
  void shouldLookInsideGzippedInput() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
      out.write(utf8("{\"content\":\"a\"}\n"));
    }
    assertThat(detect(zipped.toByteArray())).isEqualTo(StdinIngester.Kind.JSON_LINES);
  }
}
