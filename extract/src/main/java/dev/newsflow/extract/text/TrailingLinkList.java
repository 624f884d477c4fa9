package dev.newsflow.extract.text;

import java.util.List;

/**
 * Finds where a trailing block of links ("related stories", "read more", share prompts) starts in the lines of a
 * scraped article. A block counts only with evidence beyond short lines, so an article ending in a short line is
 * left alone: a marker line, or two teasers, or a teaser and a separator. Stateless.
 */
final class TrailingLinkList {

  private TrailingLinkList() {}

  /**
   * The index of the first line of the trailing link list, or {@code lines.size()} when there is none.
   *
   * @param from lines before this index (title, section) are never part of the list
   */
  static int start(List<String> lines, int from) {
    int i = lines.size();
    int items = 0;
    int separators = 0;
    int shorts = 0;
    boolean marker = false;
    while (i > from) {
      LineKind kind = LineKind.of(lines.get(i - 1));
      if (!kind.linkListLike()) {
        break;
      }
      i--;
      switch (kind) {
        case LINK_ITEM -> items++;
        case SEPARATOR -> separators++;
        case MARKER -> marker = true;
        default -> shorts++;
      }
    }
    boolean isList = marker || items >= 2 || items >= 1 && separators >= 1;
    if (!isList) {
      return lines.size();
    }
    // Short lines before the first evidence may be the article's own last lines (a sign-off, a subhead).
    int start = firstEvidence(lines, i);
    // ... unless the list alternates headline and "Category · 3 hours ago": then the first headline belongs to it.
    if (start > i && LineKind.of(lines.get(start)) == LineKind.LINK_ITEM && shorts >= items) {
      start--;
    }
    return start;
  }

  /** The first line from {@code i} on that is more than a short line (a teaser, separator or marker). */
  private static int firstEvidence(List<String> lines, int i) {
    while (LineKind.of(lines.get(i)) == LineKind.SHORT) {
      i++;
    }
    return i;
  }
}
