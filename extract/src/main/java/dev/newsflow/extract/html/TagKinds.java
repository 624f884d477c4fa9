package dev.newsflow.extract.html;

import java.util.HashMap;
import java.util.Map;

/**
 * What the page statistics need to know about a tag, as bits: one map lookup per element instead of a set lookup per
 * question (the walk visits every element of the page, so its per-element cost adds up).
 */
final class TagKinds {
  /** Never article text: skipped with their whole subtree. */
  static final int SKIPPED = 1;
  /** Inline tags whose class and id are not read: they never decide a block (a third of a page's elements). */
  static final int UNHINTED = 1 << 1;
  /** Page chrome by tag, kept only when it holds a large low-link text (some sites wrap everything in them). */
  static final int CHROME = 1 << 2;
  /** Containers never excluded by class/id words. */
  static final int NEVER_EXCLUDED = 1 << 3;
  /** Tags that are paragraphs for scoring. */
  static final int PARAGRAPH = 1 << 4;
  /** Containers whose direct text counts as a paragraph (old layouts with text and br in a div). */
  static final int TEXT_CONTAINER = 1 << 5;
  /** The article element by tag ({@code article}, {@code main}). */
  static final int ARTICLE = 1 << 6;
  static final int LINK = 1 << 7;
  static final int QUOTE = 1 << 8;
  static final int IMAGE = 1 << 9;
  static final int TABLE = 1 << 10;
  static final int P = 1 << 11;
  static final int FIGURE = 1 << 12;

  private static final Map<String, Integer> BY_TAG = byTag();

  private TagKinds() {}

  static int of(String tag) {
    Integer kind = BY_TAG.get(tag);
    return kind == null ? 0 : kind;
  }

  private static Map<String, Integer> byTag() {
    Map<String, Integer> kinds = new HashMap<>();
    add(kinds, SKIPPED, "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option",
        "textarea", "input", "object", "embed", "canvas", "video", "audio", "map", "head", "title", "meta", "link",
        "dialog", "nav", "menu", "aside", "figcaption", "picture");
    add(kinds, UNHINTED, "a", "img", "br", "b", "i", "em", "strong", "source", "path", "wbr", "u", "sup", "sub");
    add(kinds, CHROME, "header", "footer");
    add(kinds, NEVER_EXCLUDED, "html", "body", "article", "main");
    add(kinds, PARAGRAPH, "p", "pre", "td", "blockquote", "dd", "li");
    add(kinds, TEXT_CONTAINER, "div", "section", "article", "main", "font", "center", "span", "body");
    add(kinds, ARTICLE, "article", "main");
    add(kinds, LINK, "a");
    add(kinds, QUOTE, "blockquote");
    add(kinds, IMAGE, "img");
    add(kinds, TABLE, "table");
    add(kinds, P, "p");
    add(kinds, FIGURE, "figure");
    return Map.copyOf(kinds);
  }

  private static void add(Map<String, Integer> kinds, int bit, String... tags) {
    for (String tag : tags) {
      kinds.merge(tag, bit, (a, b) -> a | b);
    }
  }
}
