package dev.newsflow.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publish date of one page, from the first source in order of trust that has a believable one:
 *
 * <ol>
 *   <li>declared: {@code json-ld} (the article's datePublished), {@code article:published_time}, {@code meta}
 *       (pubdate, DC.date, parsely-pub-date, ...), {@code time} (a datetime attribute, marked ones first);
 *   <li>{@code json-ld} of other objects (dateCreated, uploadDate of a video), {@code microdata} on visible
 *       elements, {@code time} elements read as text;
 *   <li>{@code url}: the page's, then the canonical one ({@code /2020/03/16/}, {@code /20200316/});
 *   <li>written: {@code text} (date-classed elements), {@code byline}, then {@code headline} (just around the h1);
 *   <li>{@code relative}: "3 hours ago" in a date-classed element, counted back from the fetch time when known.
 * </ol>
 *
 * <p>The day is the page's own: a time with an offset keeps its local day ({@link PageDate}). A time declared in
 * UTC keeps the UTC day: correcting it from a day written elsewhere on the page was measured to do more harm than
 * good (those are as often an update's or the next story's). One per page; not thread-safe.
 */
final class PublishDates {

  static final String[] PUBLISHED_META = {"datepublished", "pubdate", "publishdate", "publish-date",
      "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued",
      "parsely-pub-date", "sailthru.date", "og:published_time", "article.published", "published_time",
      "date.available", "originalpublicationdate", "og:article:published_time", "article:published",
      "publication_date", "publication-date", "citation_publication_date", "citation_date",
      "prism.publicationdate", "datecreated", "uploaddate", "release_date"};
  private static final String[] OTHER_JSON_LD_DATES = {"dateCreated", "datePublished", "uploadDate"};
  private static final int MAX_ORDER_TEXT = 100;

  private final Document doc;
  private final PageScan scan;
  private final JsonLd jsonLd;
  private final JsonNode article;
  private final MetaTags meta;
  private final String language;
  private final Instant fetchedAt;
  private TextDates.Order order;
  private String source;

  PublishDates(Document doc, PageScan scan, JsonLd jsonLd, JsonNode article, MetaTags meta, String language,
      Instant fetchedAt) {
    this.doc = doc;
    this.scan = scan;
    this.jsonLd = jsonLd;
    this.article = article;
    this.meta = meta;
    this.language = language;
    this.fetchedAt = fetchedAt;
  }

  /** The publish date, or null; {@link #source()} then names the rule that found it. */
  PageDate find(String canonical) {
    DatePicker pick = new DatePicker(fetchedAt);
    pick.offer("json-ld", JsonLd.text(article, "datePublished"));
    pick.offer("article:published_time", meta.first("article:published_time"));
    pick.offer("meta", meta.first(PUBLISHED_META));
    pick.offer("time", Times.published(scan.times));
    if (pick.value() != null) {
      source = pick.source();
      return pick.value();
    }
    pick.offer("json-ld", otherJsonLdDate());
    pick.offer("microdata", DateTexts.published(scan.publishedProps, language, order()));
    pick.offer("time", DateTexts.published(scan.times, language, order()));
    pick.offer("url", Dates.fromUrl(doc.location()));
    pick.offer("url", Dates.fromUrl(canonical));
    pick.offer("text", DateTexts.published(scan.dateTexts, language, order()));
    pick.offer("byline", DateTexts.published(scan.bylines, language, order()));
    pick.offer("headline", HeadlineDates.near(scan.h1s, language, order()));
    pick.offer("relative", RelativeDates.published(scan.dateTexts, fetchedAt));
    source = pick.source();
    return pick.value();
  }

  String source() {
    return source;
  }

  /** A publish or creation date of any JSON-LD object, when the article object has none (video, how-to, ...). */
  private String otherJsonLdDate() {
    for (String field : OTHER_JSON_LD_DATES) {
      String value = JsonLd.text(article, field);
      if (value != null) {
        return value;
      }
      for (JsonNode node : jsonLd.objects()) {
        value = JsonLd.text(node, field);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  /**
   * How the page writes numeric dates whose day and month could be either: as its unambiguous ones show
   * ({@code 25/03/2020}), else month first in English (the US custom) and day first in other languages.
   */
  private TextDates.Order order() {
    if (order == null) {
      for (Element el : scan.dateTexts) {
        String text = el.text();
        order = text.length() <= MAX_ORDER_TEXT ? TextDates.evidence(text) : null;
        if (order != null) {
          return order;
        }
      }
      order = "en".equals(language) ? TextDates.Order.MONTH_FIRST : TextDates.Order.DAY_FIRST;
    }
    return order;
  }
}
