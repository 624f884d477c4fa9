package dev.newsflow.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.extract.TextNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Metadata of an HTML page from its structured data, meta tags and markup. Every field comes from the first source
 * in a fixed order that has a usable value, and {@link ArticleMetadata#sources()} names that source:
 *
 * <ul>
 *   <li>title: {@code json-ld} headline, {@code og:title}, {@code h1}, {@code title} (site name removed)
 *   <li>description: {@code json-ld}, {@code og:description}, {@code meta}
 *   <li>authors: {@code json-ld}, {@code meta} (author), {@code article:author}, {@code rel-author}, {@code byline}
 *   <li>publishedAt: declared dates, then microdata, the URL and written dates, as {@link PublishDates} lists;
 *       the page's own day and offset kept ({@link PageDate}); never after the fetch time
 *   <li>modifiedAt: {@code json-ld}, {@code article:modified_time}, {@code meta} (other tags), {@code time}
 *   <li>section: {@code json-ld}, {@code article:section}, {@code meta}, {@code breadcrumb}
 *   <li>canonicalUrl: {@code canonical}, {@code og:url}, {@code json-ld}
 *   <li>siteName: {@code og:site_name}, {@code json-ld} (publisher), {@code application-name}
 *   <li>language: {@code html-lang}, {@code content-language}, {@code og:locale}, {@code json-ld}, then
 *       {@code detected}: from the page's paragraphs, or, for callers with the clean main text, from that text
 *   <li>leadImage: {@code og:image}, {@code json-ld}, {@code twitter:image}
 * </ul>
 *
 * <p>One walk over the page gathers the elements every lookup needs ({@link PageScan}); no per-field selects.
 * Stateless and thread-safe: one instance can serve all threads.
 */
public final class MetadataExtractor {

  private static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "newsmediaorganization",
      "corporation", "organisation");
  private static final String[] MODIFIED_META = {"datemodified", "og:updated_time", "dc.date.modified",
      "dcterms.modified", "last-modified", "article.updated", "lastmod", "modified_time"};
  /** Enough paragraph text to detect a language reliably; more only costs time. */
  private static final int DETECTION_CHARS = LanguageDetector.SAMPLE_CHARS;
  /** Pages whose paragraphs hold less text than this keep their text in divs; detect from the body instead. */
  private static final int MIN_PARAGRAPH_CHARS = 200;
  private static final int MAX_SECTION_CHARS = 40;
  // Parsed once: jsoup parses a CSS query string on every call.
  private static final Evaluator ARTICLE_CONTAINER = QueryParser.parse("article, main, [itemprop=articleBody]");
  private static final Evaluator ROOT = QueryParser.parse("html");

  /**
   * Extracts the metadata; an undeclared language is detected from the page's opening paragraphs.
   *
   * @param doc the parsed page (with its base URI set to the page URL when known)
   * @param jsonLd the page's JSON-LD, parsed once
   * @param fetchedAt when the page was fetched; publish dates after it are not believed and relative times count
   *     back from it (null: unknown; now bounds the dates and relative times are not read)
   */
  public ArticleMetadata extract(Document doc, JsonLd jsonLd, Instant fetchedAt) {
    if (doc == null) {
      throw new IllegalArgumentException("doc is required");
    }
    PageScan scan = PageScan.of(doc);
    ArticleMetadata meta = extract(doc, scan, jsonLd, fetchedAt);
    return meta.language() != null ? meta : meta.withLanguageDetectedFrom(paragraphText(doc, scan.paragraphs));
  }

  /**
   * Extracts the metadata from a page already scanned, with the language only from the page's declarations: callers
   * that have the clean main text detect an undeclared language from it ({@link
   * ArticleMetadata#withLanguageDetectedFrom(String)}), which is both better and cheaper than from the raw page.
   *
   * @param doc the parsed page (with its base URI set to the page URL when known)
   * @param scan the page's scan (see {@link PageScan}), walked over the whole document
   * @param jsonLd the page's JSON-LD, parsed once
   * @param fetchedAt when the page was fetched; publish dates after it are not believed and relative times count
   *     back from it (null: unknown; now bounds the dates and relative times are not read)
   */
  public ArticleMetadata extract(Document doc, PageScan scan, JsonLd jsonLd, Instant fetchedAt) {
    if (doc == null || scan == null || jsonLd == null) {
      throw new IllegalArgumentException("doc, scan and jsonLd are required");
    }
    Page page = new Page(doc, jsonLd, MetaTags.of(scan.metas), jsonLd.article().orElse(null), scan,
        new HashMap<>());
    String siteName = siteName(page);
    String canonical = canonicalUrl(page);
    String section = section(page);
    // Without a declared site name, the host ("millbrookmercury.example") still tells "Millbrook Mercury - ..."
    String siteHint = siteName != null ? siteName : Titles.siteFromHost(doc.location());
    String title = Titles.stripSectionPrefix(title(page, siteHint), section);
    String language = language(page);
    PageDate published = published(page, canonical, language, fetchedAt);
    PageDate modified = modified(page, fetchedAt);
    return new ArticleMetadata(title, description(page), authors(page, siteName),
        section, published, modified == null ? null : modified.instant(), canonical, siteName,
        language, leadImage(page), page.sources());
  }

  /** What every field lookup needs, gathered once per page. */
  private record Page(Document doc, JsonLd jsonLd, MetaTags meta, JsonNode article, PageScan scan,
      Map<String, String> sources) {

    /** Records and returns the value when present. */
    <T> T found(String field, String source, T value) {
      if (value != null) {
        sources.put(field, source);
      }
      return value;
    }
  }

  private static String title(Page p, String siteName) {
    String headline = clean(JsonLd.text(p.article(), "headline"));
    if (headline != null) {
      return p.found("title", "json-ld", Titles.stripSiteName(headline, siteName, false));
    }
    String og = clean(p.meta().first("og:title"));
    if (og != null) {
      return p.found("title", "og:title", Titles.stripSiteName(og, siteName, false));
    }
    String h1 = h1(p.scan().h1s);
    if (h1 != null) {
      return p.found("title", "h1", h1);
    }
    return p.found("title", "title", Titles.stripSiteName(clean(p.doc().title()), siteName, true));
  }

  /** The first non-empty h1, preferring one inside an {@code <article>} over a logo h1 in the header. */
  private static String h1(List<Element> h1s) {
    String first = null;
    for (Element h1 : h1s) {
      String text = clean(h1.text());
      if (text == null) {
        continue;
      }
      if (h1.closest(ARTICLE_CONTAINER) != null) {
        return text;
      }
      first = first == null ? text : first;
    }
    return first;
  }

  private static String description(Page p) {
    String ld = clean(JsonLd.text(p.article(), "description"));
    if (ld != null) {
      return p.found("description", "json-ld", ld);
    }
    String og = clean(p.meta().first("og:description"));
    if (og != null) {
      return p.found("description", "og:description", og);
    }
    return p.found("description", "meta", clean(p.meta().first("description")));
  }

  private static List<String> authors(Page p, String siteName) {
    List<String> organisations = new ArrayList<>();
    List<String> ldNames = JsonLd.names(p.article(), "author", ORGANIZATION_TYPES, organisations);
    List<String> excluded = new ArrayList<>(organisations);
    excluded.add(siteName);
    excluded.addAll(JsonLd.names(p.article(), "publisher", Set.of(), new ArrayList<>()));
    List<String> found = parseAll(ldNames, excluded);
    if (!found.isEmpty()) {
      return p.found("authors", "json-ld", found);
    }
    found = parseAll(p.meta().all("author"), excluded);
    if (!found.isEmpty()) {
      return p.found("authors", "meta", found);
    }
    found = parseAll(p.meta().all("article:author"), excluded);
    if (!found.isEmpty()) {
      return p.found("authors", "article:author", found);
    }
    found = parseAll(texts(p.scan().relAuthors), excluded);
    if (!found.isEmpty()) {
      return p.found("authors", "rel-author", found);
    }
    found = parseAll(Bylines.texts(p.scan().bylines), excluded);
    return found.isEmpty() ? List.of() : p.found("authors", "byline", found);
  }

  private static List<String> parseAll(List<String> raws, List<String> excluded) {
    List<String> names = new ArrayList<>();
    raws.forEach(raw -> names.addAll(AuthorNames.parse(raw, excluded)));
    return AuthorNames.dedupe(names);
  }

  private static List<String> texts(List<Element> elements) {
    List<String> texts = new ArrayList<>(elements.size());
    elements.forEach(el -> texts.add(el.text()));
    return texts;
  }

  private static PageDate published(Page p, String canonical, String language, Instant fetchedAt) {
    PublishDates dates = new PublishDates(p.doc(), p.scan(), p.jsonLd(), p.article(), p.meta(), language, fetchedAt);
    PageDate date = dates.find(canonical);
    return p.found("publishedAt", dates.source(), date);
  }

  private static PageDate modified(Page p, Instant fetchedAt) {
    DatePicker pick = new DatePicker(fetchedAt);
    pick.offer("json-ld", JsonLd.text(p.article(), "dateModified"));
    pick.offer("article:modified_time", p.meta().first("article:modified_time"));
    pick.offer("meta", p.meta().first(MODIFIED_META));
    pick.offer("time", Times.modified(p.scan().times));
    return p.found("modifiedAt", pick.source(), pick.value());
  }

  private static String section(Page p) {
    String ld = sectionLabel(JsonLd.firstText(p.article(), "articleSection"));
    if (ld != null) {
      return p.found("section", "json-ld", ld);
    }
    String article = sectionLabel(p.meta().first("article:section"));
    if (article != null) {
      return p.found("section", "article:section", article);
    }
    String meta = sectionLabel(p.meta().first("section", "category", "parsely-section", "og:section",
        "article.section"));
    if (meta != null) {
      return p.found("section", "meta", meta);
    }
    String microdata = p.scan().sectionProp == null ? null : sectionLabel(clean(p.scan().sectionProp.text()));
    if (microdata != null) {
      return p.found("section", "microdata", microdata);
    }
    return p.found("section", "breadcrumb", Breadcrumbs.section(p.scan().breadcrumb, p.jsonLd()));
  }

  /** A section label: the first of a keyword list ("Stock Car, Slideshow, ..."); no e-mail addresses or URLs. */
  static String sectionLabel(String raw) {
    String s = clean(raw);
    if (s == null || s.contains("@") || s.contains("://")) {
      return null;
    }
    if (s.length() > MAX_SECTION_CHARS && s.contains(",")) {
      s = s.substring(0, s.indexOf(',')).strip();
    }
    return s.isEmpty() || s.length() > MAX_SECTION_CHARS ? null : s;
  }

  private static String canonicalUrl(Page p) {
    Element link = p.scan().canonical;
    String href = link == null ? "" : link.absUrl("href"); // resolving runs regexes: once
    if (!href.isEmpty()) {
      return p.found("canonicalUrl", "canonical", href);
    }
    String og = p.meta().firstUrl("og:url");
    if (og != null && !og.isEmpty()) {
      return p.found("canonicalUrl", "og:url", og);
    }
    String ld = JsonLd.url(p.article(), "url");
    ld = ld != null ? ld : JsonLd.url(p.article(), "mainEntityOfPage");
    return p.found("canonicalUrl", "json-ld", absolute(p.doc(), ld));
  }

  private static String siteName(Page p) {
    String og = clean(p.meta().first("og:site_name"));
    if (og != null && og.contains(" | ")) {
      og = og.substring(0, og.indexOf(" | ")).strip(); // "Site | Tagline | Topics"
    }
    if (og != null && !og.isEmpty()) {
      return p.found("siteName", "og:site_name", og);
    }
    List<String> publishers = JsonLd.names(p.article(), "publisher", Set.of(), new ArrayList<>());
    if (!publishers.isEmpty()) {
      return p.found("siteName", "json-ld", clean(publishers.get(0)));
    }
    return p.found("siteName", "application-name", clean(p.meta().first("application-name")));
  }

  private static String language(Page p) {
    Element html = p.doc().selectFirst(ROOT); // The root element: found at once.
    String lang = LanguageCodes.normalize(html == null ? null : html.attr("lang"));
    if (lang != null) {
      return p.found("language", "html-lang", lang);
    }
    lang = LanguageCodes.normalize(p.meta().first("content-language"));
    if (lang != null) {
      return p.found("language", "content-language", lang);
    }
    lang = LanguageCodes.normalize(p.meta().first("og:locale"));
    if (lang != null) {
      return p.found("language", "og:locale", lang);
    }
    lang = LanguageCodes.normalize(JsonLd.firstText(p.article(), "inLanguage"));
    return p.found("language", "json-ld", lang);
  }

  /** The opening paragraphs of the page: enough text to detect its language without the main-text extractor. */
  private static String paragraphText(Document doc, List<Element> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (Element para : paragraphs) {
      sb.append(para.text()).append('\n');
      if (sb.length() >= DETECTION_CHARS) {
        break;
      }
    }
    if (sb.length() < MIN_PARAGRAPH_CHARS && doc.body() != null) {
      return doc.body().text();
    }
    return sb.toString();
  }

  private static String leadImage(Page p) {
    String og = p.meta().firstUrl("og:image");
    if (og == null) {
      og = p.meta().firstUrl("og:image:url");
    }
    if (og != null && !og.isEmpty()) {
      return p.found("leadImage", "og:image", og);
    }
    String ld = JsonLd.url(p.article(), "image");
    if (ld != null) {
      return p.found("leadImage", "json-ld", absolute(p.doc(), ld));
    }
    String twitter = p.meta().firstUrl("twitter:image");
    if (twitter == null) {
      twitter = p.meta().firstUrl("twitter:image:src");
    }
    return p.found("leadImage", "twitter:image", twitter);
  }

  private static String absolute(Document doc, String url) {
    if (url == null) {
      return null;
    }
    String abs = StringUtil.resolve(doc.location(), url);
    return abs.isEmpty() ? url : abs;
  }

  /** Normalised single-line text, or null when blank. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String s = text;
    if (s.indexOf('&') >= 0 && s.indexOf(';') > s.indexOf('&')) {
      s = Parser.unescapeEntities(s, false); // Double-escaped meta content ("&amp;#163;" shows as "&#163;").
    }
    s = TextNormalizer.normalize(s).replace('\n', ' ');
    return s.isEmpty() ? null : s;
  }
}
