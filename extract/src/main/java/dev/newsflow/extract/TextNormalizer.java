package dev.newsflow.extract;

import java.text.Normalizer;

/**
 * Unicode NFC, no control characters, single spaces inside lines, no spaces around line breaks, at most one blank
 * line between paragraphs, nothing at either end. One pass over the text: this runs on every block of every page,
 * and a chain of regex replacements cost as much as the rest of the extraction.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
    if (isNormal(s)) {
      return s; // the usual case for extracted paragraphs: checking is cheaper than copying
    }
    StringBuilder out = new StringBuilder(s.length());
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        newlines++;
        space = false; // spaces before a line break go
      } else if (isSpace(c)) {
        space = newlines == 0; // spaces after a line break go
      } else if (Character.getType(c) != Character.CONTROL) {
        if (out.length() > 0) {
          if (newlines > 0) {
            out.append(newlines > 1 ? "\n\n" : "\n");
          } else if (space) {
            out.append(' ');
          }
        }
        newlines = 0;
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code s} already has the form normalize gives (apart from NFC): one read-only pass. */
  private static boolean isNormal(String s) {
    char prev = '\n'; // as if after a line break: leading spaces and breaks fail
    int newlines = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7f) {
        newlines = 0;
      } else if (c == ' ') {
        if (prev == ' ' || prev == '\n') {
          return false;
        }
      } else if (c == '\n') {
        if (prev == ' ' || i == 0 || ++newlines > 2) {
          return false;
        }
      } else if (c == '\r' || isSpace(c) || Character.getType(c) == Character.CONTROL) {
        return false;
      } else {
        newlines = 0;
      }
      prev = c;
    }
    return prev != ' ' && prev != '\n';
  }

  /** Tabs, spaces and the Unicode spaces that pages use between words (no-break, thin, ideographic, ...). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
        || c == '\u205F' || c == '\u3000';
  }
}
