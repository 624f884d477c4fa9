package dev.newsflow.enrich.clean.html;

import dev.newsflow.enrich.clean.CleanedArticle;
import dev.newsflow.enrich.clean.meta.ArticleMetadata;
import dev.newsflow.enrich.clean.meta.JsonLd;
import dev.newsflow.enrich.clean.meta.MetadataExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML in, {@link CleanedArticle} out: parses the page once with Jsoup, then runs the metadata and main-text
 * extractors on the same document.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {

  private final MetadataExtractor metadata = new MetadataExtractor();
  private final MainTextExtractor mainText = new MainTextExtractor();

  public CleanedArticle extract(String html, String url, Instant fetchedAt) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    JsonLd jsonLd = JsonLd.of(doc);
    ArticleMetadata meta = metadata.extract(doc, jsonLd, fetchedAt);
    MainText text = mainText.extract(doc, jsonLd, meta.title());
    // Metadata detects an undeclared language from the opening paragraphs; when that was unsure, the main text
    // gets a second try. Detection is the costliest metadata step, so it never runs twice on a page that has one.
    if (meta.language() == null) {
      meta = meta.withLanguageDetectedFrom(text.text());
    }
    Map<String, String> sources = new HashMap<>(meta.sources());
    sources.put("text", text.source());
    List<String> warnings = new ArrayList<>(text.warnings());
    return new CleanedArticle(meta.title(), meta.description(), meta.authors(), meta.section(), meta.publishedAt(),
        meta.modifiedAt(), meta.canonicalUrl(), meta.siteName(), meta.language(), meta.leadImage(), text.text(),
        sources, warnings);
  }
}
