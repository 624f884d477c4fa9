package dev.newsflow.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a synthetic JSON Lines corpus for load tests: articles of realistic size (HTML pages of a chosen size
 * range, made of sentences drawn from a small vocabulary), each with a unique URL, a title, a publish date and a
 * language; as JSON Lines or as a WARC file. Deterministic for a given seed, so a figure can be reproduced.
 * Nothing here is real news.
 */
public final class SyntheticCorpus {

  private static final String[] WORDS = ("the minister said on tuesday that government would review budget plans "
      + "after talks with union leaders in the capital while markets rose sharply as investors weighed new data "
      + "from central bank officials who expect inflation to ease later this year according to analysts police "
      + "reported a fire near the harbour where crews worked through the night council members voted to expand "
      + "the city transport network team won the final match in front of thousands of fans scientists published "
      + "a study showing rising temperatures across northern regions").split(" ");
  private static final Instant BASE = Instant.parse("2026-11-01T00:00:00Z");
  private static final String[] SECTIONS = {"politics", "business", "world", "sport", "science", "local"};

  private final long seed;
  private final int minBytes;
  private final int maxBytes;

  public SyntheticCorpus(long seed, int minBytes, int maxBytes) {
    if (minBytes <= 0 || maxBytes < minBytes) {
      throw new IllegalArgumentException("need 0 < min <= max bytes: " + minBytes + ", " + maxBytes);
    }
    this.seed = seed;
    this.minBytes = minBytes;
    this.maxBytes = maxBytes;
  }

  /** Writes {@code articles} lines; returns the bytes of content written (the HTML, before JSON escaping). */
  public long write(int articles, OutputStream out) throws IOException {
    Random random = new Random(seed);
    long contentBytes = 0;
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null);
      for (int i = 0; i < articles; i++) {
        Article article = next(random, i);
        contentBytes += article.html().length();
        json.writeStartObject();
        json.writeStringField("url", article.url());
        json.writeStringField("title", article.title());
        json.writeStringField("content", article.html());
        json.writeStringField("publishedAt", article.publishedAt().toString());
        json.writeStringField("language", "en");
        json.writeStringField("source", "synthetic");
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
    return contentBytes;
  }

  /**
   * Writes the same articles as a WARC file of {@code response} records (HTTP 200, {@code text/html}), gzipped per
   * record when {@code gzip}; returns the bytes of HTML written.
   */
  public long writeWarc(int articles, WritableByteChannel out, boolean gzip) throws IOException {
    Random random = new Random(seed);
    long contentBytes = 0;
    WarcWriter warc = new WarcWriter(out, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    for (int i = 0; i < articles; i++) {
      Article article = next(random, i);
      byte[] body = article.html().getBytes(StandardCharsets.UTF_8);
      contentBytes += body.length;
      HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, body).build();
      warc.write(new WarcResponse.Builder(article.url()).date(article.publishedAt().plusSeconds(60)).body(http)
          .build());
    }
    return contentBytes;
  }

  /** One generated page. */
  public record Article(String url, String title, String html, Instant publishedAt) {}

  /** The same articles {@link #write} writes, one at a time, without end: for load generators. */
  public Iterator<Article> articles() {
    Random random = new Random(seed);
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Article next() {
        return SyntheticCorpus.this.next(random, i++);
      }
    };
  }

  private Article next(Random random, int i) {
    String section = SECTIONS[random.nextInt(SECTIONS.length)];
    String title = capitalise(sentence(random, 6 + random.nextInt(6)));
    String html = page(random, title, minBytes + random.nextInt(maxBytes - minBytes + 1));
    return new Article("https://synthetic.example/" + section + "/" + seed + "/" + i, title, html,
        BASE.plusSeconds(i * 37L));
  }

  private static String page(Random random, String title, int size) {
    StringBuilder html = new StringBuilder(size + 200);
    html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
        .append("</title></head><body><article><h1>").append(title).append("</h1>");
    while (html.length() < size) {
      html.append("<p>");
      int sentences = 3 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        html.append(capitalise(sentence(random, 8 + random.nextInt(14)))).append(". ");
      }
      html.append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  private static String sentence(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
