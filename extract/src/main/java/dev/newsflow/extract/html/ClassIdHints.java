package dev.newsflow.extract.html;

import dev.newsflow.extract.AttributeMemo;
import dev.newsflow.extract.ElementAttributes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an element's {@code class}, {@code id} and {@code role} as hints: words that mark boilerplate (share,
 * related, comments, newsletter, ...) and words that mark article content (article, body, content, ...).
 *
 * <p>Words are split on punctuation and camelCase and looked up in sets, so no regex runs per element. WordPress
 * taxonomy classes ({@code category-...}, {@code tag-...}) are ignored: they name the post's topic, not the block's
 * role. Stateless and thread-safe.
 */
final class ClassIdHints {

  /** Bit set when the element carries a boilerplate word. */
  static final int NEGATIVE = 1;
  /** Bit set when the element carries a content word. */
  static final int POSITIVE = 2;
  /** Bit set when the element is declared as the article body ({@code itemprop=articleBody}). */
  static final int ARTICLE_BODY = 4;

  /** Bit set when the boilerplate word names a kind of content that is never the article (comments, ads, ...). */
  static final int STRONG_NEGATIVE = 8;

  /** Words for blocks that hold other content than the article: always boilerplate. */
  private static final Set<String> CONTENT_WORDS = Set.of("share", "shares", "sharing", "social", "related",
      "comment", "comments", "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe",
      "subscription", "promo", "promos", "promotion", "advert", "advertisement", "advertising", "ad", "ads", "adv",
      "sponsor", "sponsored", "recommended", "recommendations", "popular", "trending", "mostread", "byline",
      "author", "bio", "caption", "credit", "credits", "outbrain", "taboola", "disqus", "signup", "login",
      "tags", "follow", "letter", "letters", "donate", "donation", "donations", "fundraising", "teaser", "teasers",
      "disclaimer", "breadcrumb", "breadcrumbs");
  /** Words for page layout and chrome: boilerplate unless the block holds the article. */
  private static final Set<String> LAYOUT_WORDS = Set.of("sidebar", "nav", "navbar", "navigation", "menu",
      "footer", "masthead", "widget", "modal", "popup", "overlay", "hidden", "hide", "skip", "toolbar",
      "pagination", "pager", "meta", "timestamp", "date", "published", "updated", "rail", "topics", "print",
      "banner", "alert", "dialog", "newsfeed", "feed", "carousel", "gallery", "video", "player", "embed", "paywall",
      "premium", "locked");
  /** Parts of compound words ("sharebar", "relatedposts") that mark content boilerplate. */
  private static final String[] CONTENT_PARTS = {"share", "social", "related", "newsletter", "cookie", "consent",
      "advert", "sponsor", "outbrain", "taboola", "breadcrumb", "recommend", "subscri", "disqus",
      "trending", "popular", "mostread", "comments"};
  /** Parts of compound words that mark layout ("stickysidebar"). */
  private static final String[] LAYOUT_PARTS = {"sidebar", "paywall"};
  private static final Set<String> POSITIVE_WORDS = Set.of("article", "articles", "content", "entry", "hentry",
      "main", "post", "story", "body", "text", "blog", "prose", "richtext", "markdown", "articlebody", "storybody");
  private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "dialog", "alertdialog", "menu", "menubar", "search");

  /** Every known word with its bits: one lookup per word. */
  private static final Map<String, Integer> WORD_BITS = wordBits();

  private ClassIdHints() {}

  private static Map<String, Integer> wordBits() {
    Map<String, Integer> bits = new HashMap<>();
    POSITIVE_WORDS.forEach(w -> bits.put(w, POSITIVE));
    LAYOUT_WORDS.forEach(w -> bits.put(w, NEGATIVE));
    CONTENT_WORDS.forEach(w -> bits.put(w, NEGATIVE | STRONG_NEGATIVE));
    return Map.copyOf(bits);
  }

  /**
   * The hint bits ({@link #NEGATIVE}, {@link #POSITIVE}, {@link #ARTICLE_BODY}, {@link #STRONG_NEGATIVE}) of an
   * element whose attributes the walk has read, with the bits of class values remembered in {@code classes} (made by
   * {@link #classMemo()}; per page), or computed each time when it is null.
   */
  static int of(ElementAttributes attrs, AttributeMemo classes) {
    int bits = 0;
    String itemprop = attrs.itemprop();
    if (!itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody")) {
      bits |= ARTICLE_BODY | POSITIVE;
    }
    String role = attrs.role();
    if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      bits |= NEGATIVE;
    }
    String cls = attrs.className();
    if (!cls.isEmpty()) {
      bits |= classes == null ? words(cls, true) : classes.get(cls);
    }
    String id = attrs.id();
    if (!id.isEmpty()) {
      bits |= words(id, false);
    }
    return bits;
  }

  /** A memo of class values' bits for one page. */
  static AttributeMemo classMemo() {
    return new AttributeMemo(cls -> words(cls, true));
  }

  /**
   * The hint bits of one class or id value: split into names at whitespace, names into words at punctuation and
   * camelCase; compound words ("sharebar", "relatedposts") are matched by their boilerplate parts.
   */
  static int words(String value, boolean isClass) {
    int bits = 0;
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
      if (end > i && !(isClass && isTaxonomy(value, i))) {
        bits |= nameBits(value, i, end);
      }
      i = end;
    }
    return bits;
  }

  /** WordPress post classes naming the post's category or tag, not the block's role. */
  private static boolean isTaxonomy(String value, int start) {
    return value.regionMatches(true, start, "category-", 0, 9) || value.regionMatches(true, start, "tag-", 0, 4);
  }

  private static int nameBits(String value, int from, int to) {
    int bits = 0;
    int start = from;
    for (int i = from + 1; i <= to; i++) {
      boolean end = i == to;
      if (!end) {
        char c = value.charAt(i);
        end = !Character.isLetterOrDigit(c) || Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1));
      }
      if (end) {
        if (i > start && Character.isLetterOrDigit(value.charAt(start))) {
          bits |= wordBits(lowerCase(value, start, i));
        }
        start = i < to && !Character.isLetterOrDigit(value.charAt(i)) ? i + 1 : i;
      }
    }
    return bits;
  }

  private static String lowerCase(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isUpperCase(value.charAt(i))) {
        return value.substring(from, to).toLowerCase(Locale.ROOT);
      }
    }
    return value.substring(from, to);
  }

  private static int wordBits(String word) {
    Integer known = WORD_BITS.get(word);
    if (known != null) {
      return known;
    }
    if (word.length() > 6) {
      for (String part : CONTENT_PARTS) {
        if (word.contains(part)) {
          return NEGATIVE | STRONG_NEGATIVE;
        }
      }
      for (String part : LAYOUT_PARTS) {
        if (word.contains(part)) {
          return NEGATIVE;
        }
      }
    }
    return 0;
  }
}
