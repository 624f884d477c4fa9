package dev.newsflow.bench;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Article pages for the micro-benchmarks: news-shaped HTML (head metadata, navigation, an article body of
 * paragraphs naming people, places and organisations, a footer) of a given size, deterministic for the seed.
 * Nothing here is real news.
 */
final class BenchPages {

  private static final String[] SENTENCES = {
      "Prime Minister Jane Holloway said on Tuesday that the government would review its budget plans.",
      "The European Central Bank kept interest rates unchanged as inflation eased in Germany and France.",
      "Police in Manchester reported a fire near the harbour where crews worked through the night.",
      "Shares of Northwind Energy rose 4 percent after the company raised its forecast for the year.",
      "The city council voted to expand the tram network to the northern suburbs by 2029.",
      "Scientists at the University of Oslo published a study showing rising temperatures in the Arctic.",
      "United beat City 2-1 in the final in front of 60,000 fans at Wembley Stadium.",
      "The World Health Organization warned that a new influenza strain was spreading in Asia.",
      "Talks between union leaders and the transport ministry broke down late on Monday.",
      "Officials in Washington said the agreement would be signed at a summit in Geneva next month."};

  private BenchPages() {}

  static List<RawArticle> pages(int count, int bytes, long seed) {
    Random random = new Random(seed);
    List<RawArticle> pages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String title = SENTENCES[random.nextInt(SENTENCES.length)];
      StringBuilder html = new StringBuilder(bytes + 1000);
      html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
          .append("</title><meta property=\"og:site_name\" content=\"The Bench Herald\">")
          .append("<meta name=\"author\" content=\"Sam Writer\">")
          .append("<meta property=\"article:published_time\" content=\"2026-11-01T08:00:00Z\"></head><body>")
          .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>")
          .append("<article><h1>").append(title).append("</h1>");
      while (html.length() < bytes) {
        html.append("<p>");
        for (int s = 0, n = 2 + random.nextInt(4); s < n; s++) {
          html.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
        }
        html.append("Story ").append(i).append(", paragraph ").append(html.length()).append(".</p>");
      }
      html.append("</article><footer>Copyright The Bench Herald</footer></body></html>");
      pages.add(RawArticle.newBuilder().setId("bench-" + i).setSourceId("bench").setSourceType(SourceType.OTHER)
          .setUrl("https://herald.example/news/" + i).setTitle(title).setContent(html.toString())
          .setContentType(ContentType.HTML).setFetchedAt(Instant.parse("2026-11-01T09:00:00Z"))
          .setHints(Map.of()).build());
    }
    return pages;
  }
}
