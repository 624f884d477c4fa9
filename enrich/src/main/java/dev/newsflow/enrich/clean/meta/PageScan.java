package dev.newsflow.enrich.clean.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements the metadata lookups need, gathered in one walk over the page: a select per field cost more than
 * the rest of the extraction on large pages. Lists keep document order. One per page; not shared.
 */
final class PageScan {

  /** Enough to find the marked ones; pages with more are lists, not articles. */
  private static final int MAX_CANDIDATES = 50;

  final List<Element> metas = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> h1s = new ArrayList<>();
  final List<Element> paragraphs = new ArrayList<>();
  final List<Element> relAuthors = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  final List<Element> dateTexts = new ArrayList<>();
  Element canonical;
  Element breadcrumb;
  /** A microdata {@code itemprop="articleSection"} element that is not a meta tag. */
  Element sectionProp;

  static PageScan of(Document doc) {
    PageScan scan = new PageScan();
    for (Element el : doc.getAllElements()) {
      scan.byTag(el);
      scan.byClass(el);
    }
    return scan;
  }

  private void byTag(Element el) {
    switch (el.normalName()) {
      case "meta" -> metas.add(el);
      case "time" -> times.add(el);
      case "h1" -> h1s.add(el);
      case "p" -> paragraphs.add(el);
      case "link" -> {
        if (canonical == null && el.hasAttr("href") && hasToken(el.attr("rel"), "canonical")) {
          canonical = el;
        }
      }
      case "a" -> {
        if (hasToken(el.attr("rel"), "author")) {
          add(relAuthors, el);
        }
      }
      case "nav" -> {
        if (breadcrumb == null && el.attr("aria-label").toLowerCase(Locale.ROOT).contains("readcrumb")) {
          breadcrumb = el;
        }
      }
      default -> { }
    }
  }

  private void byClass(Element el) {
    String itemprop = el.attr("itemprop");
    if (itemprop.equalsIgnoreCase("author")) {
      add(bylines, el);
    } else if (sectionProp == null && itemprop.equalsIgnoreCase("articleSection") && !"meta".equals(el.normalName())) {
      sectionProp = el;
    }
    String cls = el.className();
    if (cls.isEmpty()) {
      return;
    }
    // Class names are lower case in practice; skipping toLowerCase and token splits keeps the walk cheap.
    if (cls.contains("byline") || cls.contains("article-author") || cls.contains("author-name")
        || cls.contains("author") && (el.hasClass("author") || el.hasClass("authors") || el.hasClass("post-author"))) {
      add(bylines, el);
    }
    if (cls.contains("date") || cls.contains("time") || cls.contains("publish")) {
      add(dateTexts, el);
    }
    if (breadcrumb == null && cls.contains("breadcrumb")) {
      breadcrumb = el;
    }
  }

  private static void add(List<Element> list, Element el) {
    if (list.size() < MAX_CANDIDATES && !list.contains(el)) {
      list.add(el);
    }
  }

  /** Whether a space-separated attribute ({@code rel}, {@code class}) holds the token, ignoring case. */
  private static boolean hasToken(String value, String token) {
    if (value.isEmpty()) {
      return false;
    }
    for (String part : value.split("\\s+")) {
      if (part.equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }
}
