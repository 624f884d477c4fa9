package dev.newsflow.enrich.clean;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * First cleaner for HTML: metadata from the usual meta tags, main text from the article element (or the body)
 * with navigation, scripts, asides, share bars, related lists and comments removed.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlCleaner {

  /** Elements that are never article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, iframe, form, button, nav, header, footer, aside, menu";
  /** Class or id words that mark boilerplate blocks. */
  private static final String BOILERPLATE =
      "[class~=(?i)(^|[-_ ])(share|social|related|comments?|cookie|consent|newsletter|promo|advert|ad|ads|"
          + "sidebar|breadcrumbs?|subscribe|recommended|most-read|popular)([-_ ]|$)], "
          + "[id~=(?i)(^|[-_ ])(share|social|related|comments?|cookie|consent|newsletter|promo|advert|"
          + "sidebar|breadcrumbs?|subscribe|recommended|most-read|popular)([-_ ]|$)]";
  private static final String TEXT_BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

  CleanedArticle clean(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    String title = title(doc);
    String description = firstContent(doc, "meta[property=og:description]", "meta[name=description]");
    List<String> authors = authors(doc);
    String section = firstContent(doc, "meta[property=article:section]");
    Instant published = instant(firstContent(doc, "meta[property=article:published_time]",
        "meta[itemprop=datePublished]", "time[datetime]"));
    String canonical = canonical(doc);
    String language = language(doc);
    String text = mainText(doc, title);
    return new CleanedArticle(title, description, authors, section, published, canonical, language, text);
  }

  private static String title(Document doc) {
    String og = firstContent(doc, "meta[property=og:title]");
    if (og != null) {
      return og;
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return TextNormalizer.normalize(h1.text());
    }
    String title = doc.title();
    return title.isBlank() ? null : TextNormalizer.normalize(title);
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
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.isBlank()) {
      lang = firstContent(doc, "meta[http-equiv=content-language]", "meta[property=og:locale]");
    }
    if (lang == null || lang.isBlank()) {
      return null;
    }
    String code = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static String mainText(Document doc, String title) {
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    root = root.clone();
    root.select(NEVER_TEXT).remove();
    root.select(BOILERPLATE).remove();
    Elements blocks = root.select(TEXT_BLOCKS);
    StringBuilder text = new StringBuilder();
    for (Element block : blocks) {
      // Nested blocks (a p inside an li) would be counted twice; keep the innermost text holders only.
      if (!block.select(TEXT_BLOCKS).stream().allMatch(e -> e == block)) {
        continue;
      }
      String line = block.text().strip();
      if (!line.isEmpty() && !line.equals(title)) {
        text.append(line).append("\n\n");
      }
    }
    if (text.length() == 0) {
      text.append(root.wholeText());
    }
    return TextNormalizer.normalize(text.toString());
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
