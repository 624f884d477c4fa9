package dev.newsflow.enrich.clean.meta;

import dev.newsflow.enrich.clean.TextNormalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata of an HTML page from its structured data and meta tags, each field from the first source that has it.
 *
 * <p>Stateless and thread-safe.
 */
public final class MetadataExtractor {

  /**
   * Extracts the metadata.
   *
   * @param doc the parsed page (with its base URI set to the page URL when known)
   * @param jsonLd the page's JSON-LD, parsed once
   * @param fetchedAt when the page was fetched; publish dates after it are not believed
   */
  public ArticleMetadata extract(Document doc, JsonLd jsonLd, Instant fetchedAt) {
    Map<String, String> sources = new HashMap<>();
    String title = title(doc, sources);
    String description = firstContent(doc, "meta[property=og:description]", "meta[name=description]");
    List<String> authors = authors(doc);
    String section = firstContent(doc, "meta[property=article:section]");
    Instant published = instant(firstContent(doc, "meta[property=article:published_time]",
        "meta[itemprop=datePublished]", "time[datetime]"));
    if (published != null && fetchedAt != null && published.isAfter(fetchedAt)) {
      published = null;
    }
    String canonical = canonical(doc);
    String language = language(doc);
    return new ArticleMetadata(title, description, authors, section, published, null, canonical, null, language,
        null, sources);
  }

  private static String title(Document doc, Map<String, String> sources) {
    String og = firstContent(doc, "meta[property=og:title]");
    if (og != null) {
      sources.put("title", "og:title");
      return og;
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      sources.put("title", "h1");
      return TextNormalizer.normalize(h1.text());
    }
    String title = doc.title();
    if (title.isBlank()) {
      return null;
    }
    sources.put("title", "title");
    return TextNormalizer.normalize(title);
  }

  private static List<String> authors(Document doc) {
    List<String> authors = new ArrayList<>();
    for (Element meta : doc.select("meta[name=author][content], meta[property=article:author][content]")) {
      String name = meta.attr("content").replaceFirst("(?i)^by\\s+", "").strip();
      if (!name.isEmpty() && !name.startsWith("http") && !authors.contains(name)) {
        authors.add(name);
      }
    }
    return authors;
  }

  private static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.absUrl("href").isEmpty()) {
      return link.absUrl("href");
    }
    return firstContent(doc, "meta[property=og:url]");
  }

  private static String language(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank()) {
      lang = firstContent(doc, "meta[http-equiv=content-language]", "meta[property=og:locale]");
    }
    if (lang == null || lang.isBlank()) {
      return null;
    }
    String code = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static String firstContent(Document doc, String... queries) {
    for (String query : queries) {
      Element el = doc.selectFirst(query);
      if (el != null) {
        String value = el.hasAttr("content") ? el.attr("content") : el.attr("datetime");
        if (!value.isBlank()) {
          return value.strip();
        }
      }
    }
    return null;
  }

  private static Instant instant(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
