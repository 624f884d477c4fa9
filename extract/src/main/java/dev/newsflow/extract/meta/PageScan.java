package dev.newsflow.extract.meta;

import dev.newsflow.extract.AttributeMemo;
import dev.newsflow.extract.ElementAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements the metadata lookups need, gathered in one walk over the page: a select per field cost more than
 * the rest of the extraction on large pages. Lists keep document order. One per page; not shared.
 *
 * <p>A {@link NodeFilter}, so the HTML extractor can run it in the same traversal as its text statistics
 * ({@link #of(Document)} walks on its own).
 */
public final class PageScan implements NodeFilter {

  /** Enough to find the marked ones; pages with more are lists, not articles. */
  private static final int MAX_CANDIDATES = 50;
  private static final int BYLINE = 1;
  private static final int DATE = 2;
  private static final int BREADCRUMB = 4;

  private final ElementAttributes attributes;
  /** Marks by class value, for this page. */
  private final AttributeMemo classMarks = new AttributeMemo(PageScan::classMarks);

  final List<Element> metas = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> h1s = new ArrayList<>();
  final List<Element> paragraphs = new ArrayList<>();
  final List<Element> relAuthors = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  final List<Element> dateTexts = new ArrayList<>();
  /** Microdata publish dates on elements other than meta tags ({@code <span itemprop="datePublished">}). */
  final List<Element> publishedProps = new ArrayList<>();
  final List<Element> jsonLdScripts = new ArrayList<>();
  Element canonical;
  Element breadcrumb;
  /** A microdata {@code itemprop="articleSection"} element that is not a meta tag. */
  Element sectionProp;

  /** A scan for a shared walk (see {@code SharedWalk}), reading attributes with the walk's shared reader. */
  public PageScan(ElementAttributes attributes) {
    this.attributes = attributes;
  }

  /** Scans the whole document in a walk of its own. */
  public static PageScan of(Document doc) {
    PageScan scan = new PageScan(new ElementAttributes());
    NodeTraversor.filter(scan, doc);
    return scan;
  }

  /** The {@code <script type="application/ld+json">} elements, in page order. */
  public List<Element> jsonLdScripts() {
    return jsonLdScripts;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof Element el) {
      visit(el);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    return FilterResult.CONTINUE;
  }

  private void visit(Element el) {
    String tag = el.normalName();
    switch (tag) {
      case "p" -> paragraphs.add(el);
      case "h1" -> h1s.add(el);
      case "time" -> times.add(el);
      case "meta" -> metas.add(el);
      default -> { }
    }
    ElementAttributes attrs = attributes.of(el);
    if (!attrs.any()) {
      return;
    }
    switch (tag) {
      case "script" -> {
        if (attrs.type().strip().equalsIgnoreCase("application/ld+json")) {
          jsonLdScripts.add(el);
        }
      }
      case "link" -> {
        if (canonical == null && attrs.hasHref() && hasToken(attrs.rel(), "canonical")) {
          canonical = el;
        }
      }
      case "a" -> {
        if (hasToken(attrs.rel(), "author")) {
          add(relAuthors, el);
        }
      }
      case "nav" -> {
        if (breadcrumb == null && attrs.ariaLabel().toLowerCase(Locale.ROOT).contains("readcrumb")) {
          breadcrumb = el;
        }
      }
      default -> { }
    }
    byAttributes(el, tag, attrs);
  }

  private void byAttributes(Element el, String tag, ElementAttributes attrs) {
    String itemprop = attrs.itemprop();
    if (itemprop.equalsIgnoreCase("author")) {
      add(bylines, el);
    } else if (!"meta".equals(tag) && (itemprop.equalsIgnoreCase("datePublished")
        || itemprop.equalsIgnoreCase("dateCreated"))) {
      add(publishedProps, el);
    } else if (sectionProp == null && itemprop.equalsIgnoreCase("articleSection") && !"meta".equals(tag)) {
      sectionProp = el;
    }
    String cls = attrs.className();
    if (cls.isEmpty()) {
      return;
    }
    int marks = classMarks.get(cls);
    if ((marks & BYLINE) != 0) {
      add(bylines, el);
    }
    if ((marks & DATE) != 0) {
      add(dateTexts, el);
    }
    if (breadcrumb == null && (marks & BREADCRUMB) != 0) {
      breadcrumb = el;
    }
  }

  /** What a class value marks; the same values repeat on hundreds of elements, so they are looked at once. */
  private static int classMarks(String cls) {
    // Class names are lower case in practice; skipping toLowerCase keeps the walk cheap.
    int marks = 0;
    if (cls.contains("byline") || cls.contains("article-author") || cls.contains("author-name")
        || cls.contains("author") && (hasToken(cls, "author") || hasToken(cls, "authors")
            || hasToken(cls, "post-author"))) {
      marks |= BYLINE;
    }
    if (isDateClass(cls)) {
      marks |= DATE;
    }
    if (cls.contains("breadcrumb")) {
      marks |= BREADCRUMB;
    }
    return marks;
  }

  /**
   * Classes of elements that show a date: English words in any case ({@code itemPostDate}), the words of other
   * languages (datum, fecha, data, tarih) and the meta lines under headlines ({@code entry-meta}).
   */
  private static boolean isDateClass(String cls) {
    return cls.contains("date") || cls.contains("time") || cls.contains("publish") || cls.contains("Date")
        || cls.contains("Time") || cls.contains("Publish") || cls.contains("datum") || cls.contains("fecha")
        || cls.contains("data") || cls.contains("tarih") || cls.contains("meta");
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
    int n = value.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(value.charAt(end))) {
        end++;
      }
      if (end - i == token.length() && value.regionMatches(true, i, token, 0, token.length())) {
        return true;
      }
      i = end;
    }
    return false;
  }
}
