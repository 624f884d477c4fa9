package dev.newsflow.enrich.clean.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

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
      "tags", "follow", "letter", "letters", "donate", "donation", "donations", "fundraising", "teaser", "teasers", "disclaimer", "breadcrumb", "breadcrumbs");
  /** Words for page layout and chrome: boilerplate unless the block holds the article. */
  private static final Set<String> LAYOUT_WORDS = Set.of("sidebar", "nav", "navbar", "navigation", "menu",
      "footer", "masthead", "widget", "modal", "popup", "overlay", "hidden", "hide", "skip", "toolbar",
      "pagination", "pager", "meta", "timestamp", "rail", "topics", "print", "banner", "alert", "dialog", "newsfeed",
      "feed", "carousel", "gallery", "video", "player", "embed", "paywall", "premium", "locked");
  private static final String[] CONTENT_PARTS = {"share", "social", "related", "newsletter", "cookie", "consent",
      "advert", "sponsor", "outbrain", "taboola", "breadcrumb", "recommend", "subscri", "disqus",
      "trending", "popular", "mostread", "most-read", "most_read", "comment-", "comments"};
  private static final String[] LAYOUT_PARTS = {"sidebar", "paywall"};
  private static final Set<String> POSITIVE_WORDS = Set.of("article", "articles", "content", "entry", "hentry",
      "main", "post", "story", "body", "text", "blog", "prose", "richtext", "markdown", "articlebody", "storybody");
  private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "dialog", "alertdialog", "menu", "menubar", "search");

  private ClassIdHints() {}

  /** The hint bits of an element ({@link #NEGATIVE}, {@link #POSITIVE}, {@link #ARTICLE_BODY}). */
  static int of(Element el) {
    int bits = 0;
    String itemprop = el.attr("itemprop");
    if (!itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody")) {
      bits |= ARTICLE_BODY | POSITIVE;
    }
    String role = el.attr("role");
    if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      bits |= NEGATIVE;
    }
    bits |= words(el.className(), true);
    bits |= words(el.id(), false);
    return bits;
  }

  /** The hint bits of one class or id value. */
  static int words(String value, boolean isClass) {
    if (value.isEmpty()) {
      return 0;
    }
    int bits = 0;
    for (String name : value.split("\\s+")) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (isClass && (lower.startsWith("category-") || lower.startsWith("tag-"))) {
        continue;
      }
      bits |= tokens(name);
      for (String part : CONTENT_PARTS) {
        if (lower.contains(part)) {
          bits |= NEGATIVE | STRONG_NEGATIVE;
          break;
        }
      }
      for (String part : LAYOUT_PARTS) {
        if (lower.contains(part)) {
          bits |= NEGATIVE;
          break;
        }
      }
    }
    return bits;
  }

  private static int tokens(String name) {
    int bits = 0;
    int start = 0;
    int n = name.length();
    for (int i = 1; i <= n; i++) {
      boolean end = i == n;
      if (!end) {
        char c = name.charAt(i);
        char prev = name.charAt(i - 1);
        boolean camel = Character.isUpperCase(c) && Character.isLowerCase(prev);
        end = !Character.isLetterOrDigit(c) || camel;
      }
      if (end) {
        if (i > start) {
          String word = name.substring(start, i).toLowerCase(Locale.ROOT);
          if (CONTENT_WORDS.contains(word)) {
            bits |= NEGATIVE | STRONG_NEGATIVE;
          } else if (LAYOUT_WORDS.contains(word)) {
            bits |= NEGATIVE;
          } else if (POSITIVE_WORDS.contains(word)) {
            bits |= POSITIVE;
          }
        }
        start = i < n && !Character.isLetterOrDigit(name.charAt(i)) ? i + 1 : i;
      }
    }
    return bits;
  }
}
