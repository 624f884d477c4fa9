package dev.newsflow.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import dev.newsflow.ingest.id.ArticleIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom with ROME. XML safety: DOCTYPE declarations are refused outright
 * (ROME's {@code setAllowDoctypes(false)} sets {@code disallow-doctype-decl}, and external entities and DTD loading
 * are off), so neither entity expansion ("billion laughs") nor external entities (XXE) can happen; the body size
 * is bounded by the fetcher before it gets here, and the element depth by the XML parser ({@link SafeInput}). Relative item links are resolved against the feed's URL.
 *
 * <p>Thread-safe (a new ROME input per call).
 */
public final class FeedParser {

  /** A parsed feed: its title, language and items in document order. */
  public record ParsedFeed(String title, String language, List<FeedItem> items) {}

  public ParsedFeed parse(byte[] body, String contentTypeHeader, URI base) throws FeedParseException {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentTypeHeader, true)) {
      Document document = SafeInput.BUILDER.get().build(new XmlFixerReader(reader));
      feed = new SyndFeedInput().build(document);
    } catch (FeedException | IOException | JDOMException | IllegalArgumentException e) {
      throw new FeedParseException("not a readable RSS/Atom feed: " + rootMessage(e), e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      FeedItem item = item(entry, base);
      if (item != null) {
        items.add(item);
      }
    }
    return new ParsedFeed(blankToNull(feed.getTitle()), blankToNull(feed.getLanguage()), items);
  }

  /**
   * ROME's own SAX builder (DOCTYPEs refused, no external entities) plus a cap on element depth. ROME and JDOM walk
   * the tree recursively (ROME prints an item's child markup with JDOM's recursive outputter), so 100 000 nested
   * elements overflowed the stack after seconds of work; with the cap the XML parser refuses such a feed at
   * {@value #MAX_ELEMENT_DEPTH} levels, before any tree is built. Real feeds nest a few levels, the HTML inside a
   * description a few dozen at most.
   */
  private static final class SafeInput extends WireFeedInput {
    static final int MAX_ELEMENT_DEPTH = 1000;
    /** The JDK parser's depth limit (JAXP; no other SAX parser is on the class path). */
    static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    /** SAXBuilder is not thread-safe; one per thread. */
    static final ThreadLocal<SAXBuilder> BUILDER = ThreadLocal.withInitial(() -> new SafeInput().builder());

    private SafeInput() {
      super(false, Locale.US);
      setAllowDoctypes(false);
    }

    private SAXBuilder builder() {
      SAXBuilder builder = createSAXBuilder();
      builder.setProperty(MAX_DEPTH_PROPERTY, Integer.toString(MAX_ELEMENT_DEPTH));
      return builder;
    }
  }

  private static FeedItem item(SyndEntry entry, URI base) {
    String link = absolute(entry.getLink(), base);
    String guid = blankToNull(entry.getUri());
    StringBuilder full = new StringBuilder();
    boolean html = true;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        full.append(c.getValue());
        html &= isHtml(c);
      }
    }
    boolean fullContent = full.length() > 0;
    String content = full.toString();
    if (!fullContent && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      content = entry.getDescription().getValue();
      html = isHtml(entry.getDescription());
    }
    String title = blankToNull(entry.getTitle());
    if (link == null && guid == null && content.isBlank() && title == null) {
      return null; // nothing to identify or publish
    }
    String key = guid != null ? guid : link != null ? link
        : ArticleIds.sha256Hex((title == null ? "" : title) + "\n" + content);
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    List<String> categories = new ArrayList<>();
    for (SyndCategory category : entry.getCategories()) {
      if (category.getName() != null && !category.getName().isBlank()) {
        categories.add(category.getName().strip());
      }
    }
    return new FeedItem(key, guid, link, title, date == null ? null : date.toInstant(), content, fullContent, html,
        blankToNull(entry.getAuthor()), categories);
  }

  private static boolean isHtml(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    return !(type.equals("text") || type.equals("text/plain"));
  }

  /** The link made absolute against the feed URL; null unless it ends up http(s). */
  static String absolute(String link, URI base) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = base == null ? URI.create(link.strip()) : base.resolve(link.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
