package dev.newsflow.extract.html;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Drops the bodies of {@code <script>} and {@code <style>} elements from a page before it is parsed, keeping the
 * elements themselves. Nothing reads them but the JSON-LD lookup, whose scripts are kept whole. On the extraction
 * development pages they are over half of the characters (scripts 29%, styles 26%); not handing them to the parser
 * makes the parse about a fifth cheaper, and the smaller tree makes every later walk cheaper too.
 *
 * <p>The scan follows the HTML tokenizer's rules just far enough to know where a real script or style starts and
 * ends: comments, CDATA sections, bogus comments and doctypes, tags with quoted and unquoted attribute values, and
 * the other raw-text elements (textarea, title, xmp, iframe, noembed, plaintext) are stepped over untouched. Where
 * the tree builder decides (inline SVG or MathML, a select, a frameset, a raw-text element inside a noscript) or the
 * rules get subtle (a script holding {@code <!--} and then {@code <script}, an element that never ends), it stops
 * and leaves the rest of the page as it is. The test compares jsoup's parses of both over generated hostile markup.
 *
 * <p>Stateless and thread-safe.
 */
final class ScriptBodyStripper {

  private ScriptBodyStripper() {}

  /**
   * {@code html} without script (except JSON-LD) and style bodies, as a reader over the page itself, for the parser:
   * no stripped copy of the page is made (the parser reads through a buffer of its own either way).
   */
  static Reader reader(String html) {
    Scan scan = new Scan(html);
    scan.run();
    return scan.droppedCount == 0 ? new StringReader(html) : new KeptReader(html, scan.dropped, scan.droppedCount);
  }

  /** What {@link #reader} reads, as a string (the same string when nothing is dropped); for tests and tools. */
  static String strip(String html) {
    Reader kept = reader(html);
    if (kept instanceof StringReader) {
      return html;
    }
    StringWriter out = new StringWriter(html.length());
    try {
      kept.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the reader reads a string
    }
    return out.toString();
  }

  /** One pass over one page. */
  private static final class Scan {
    private final String html;
    private final int n;
    /** The dropped bodies as [start, end) pairs, in page order. */
    private int[] dropped = new int[32];
    private int droppedCount;
    /** Depth of open noscript elements (see {@link #markup}). */
    private int noscript;

    Scan(String html) {
      this.html = html;
      this.n = html.length();
    }

    void run() {
      int i = html.indexOf('<');
      while (i >= 0 && i + 1 < n) {
        int next = markup(i);
        if (next < 0) {
          break; // an unterminated construct runs to the end: the rest stays as it is
        }
        i = html.indexOf('<', next);
      }
    }

    /** Steps over the markup starting at the {@code <} at {@code i}; returns where text resumes, or -1 to stop. */
    private int markup(int i) {
      char c = html.charAt(i + 1);
      if (c == '!') {
        if (html.startsWith("<!--", i)) {
          return commentEnd(i + 4);
        }
        if (html.startsWith("<![CDATA[", i)) { // the longer reading: as a CDATA section, not a bogus comment
          int end = html.indexOf("]]>", i + 9);
          return end < 0 ? -1 : end + 3;
        }
        return after('>', i + 2); // doctype or bogus comment: the first '>' ends it
      }
      if (c == '?') {
        return after('>', i + 2);
      }
      if (c == '/') {
        if (i + 2 < n && isAsciiLetter(html.charAt(i + 2))) {
          int nameEnd = nameEnd(i + 2);
          if (noscript > 0 && nameIs(i + 2, nameEnd, "noscript")) {
            noscript--;
          }
          return tagEnd(nameEnd);
        }
        return after('>', i + 2); // "</>" or a bogus comment
      }
      if (!isAsciiLetter(c)) {
        return i + 1; // a '<' in text
      }
      int nameEnd = nameEnd(i + 1);
      int tagEnd = tagEnd(nameEnd);
      if (tagEnd < 0) {
        return -1;
      }
      if (nameIs(i + 1, nameEnd, "svg") || nameIs(i + 1, nameEnd, "math") || nameIs(i + 1, nameEnd, "select")) {
        // In SVG and MathML a style is markup, unless an integration point or a breakout makes it HTML again, and in
        // a select it is ignored: the tree builder's call. Most of what is worth dropping comes before these anyway.
        return -1;
      }
      if (nameIs(i + 1, nameEnd, "noscript")) {
        noscript++;
        return tagEnd;
      }
      if (nameIs(i + 1, nameEnd, "frameset")) {
        return -1; // frameset pages ignore script tags, so their bodies are markup
      }
      boolean script = nameIs(i + 1, nameEnd, "script");
      boolean style = !script && nameIs(i + 1, nameEnd, "style");
      if (!script && !style && !isOtherRawText(i + 1, nameEnd)) {
        return tagEnd;
      }
      if (noscript > 0 && !style) {
        return -1; // in a head's noscript this is text and its body markup, in a body's a raw element: unknowable
      }
      if (nameIs(i + 1, nameEnd, "plaintext")) {
        return -1; // everything after it is text
      }
      int close = closingTag(tagEnd, i + 1, nameEnd);
      if (close < 0 || endTagNameRunsIntoTag(tagEnd, close)) {
        return -1;
      }
      if (script && escapesIntoNestedScript(tagEnd, close)) {
        return -1; // "<!--" then "<script" inside a script: the end tag rules change; leave the rest alone
      }
      boolean keep = script && keepsBody(i, tagEnd);
      if ((script || style) && !keep && close > tagEnd) {
        if (droppedCount == dropped.length) {
          dropped = Arrays.copyOf(dropped, droppedCount * 2);
        }
        dropped[droppedCount++] = tagEnd;
        dropped[droppedCount++] = close;
      }
      return close; // the end tag is read as markup next
    }

    /** A comment from after "<!--": ends at "-->" or "--!>", or at once for "<!-->" and "<!--->". */
    private int commentEnd(int from) {
      if (html.startsWith(">", from)) {
        return from + 1;
      }
      if (html.startsWith("->", from)) {
        return from + 2;
      }
      int end = html.indexOf("--", from);
      while (end >= 0) {
        if (html.startsWith("-->", end)) {
          return end + 3;
        }
        if (html.startsWith("--!>", end)) {
          return end + 4;
        }
        end = html.indexOf("--", end + 1);
      }
      return -1;
    }

    /** The index after the next {@code c} from {@code from}, or -1. */
    private int after(char c, int from) {
      int at = html.indexOf(c, from);
      return at < 0 ? -1 : at + 1;
    }

    /** A tag name runs to whitespace, '/' or '>'. */
    private int nameEnd(int from) {
      int j = from;
      while (j < n) {
        char c = html.charAt(j);
        if (c == '/' || c == '>' || isSpace(c)) {
          break;
        }
        j++;
      }
      return j;
    }

    /**
     * The index after the '>' that ends a tag whose name ends at {@code from}, following the attribute states of
     * the tokenizer (quoted values may hold '>'; a quote inside a name or an unquoted value is just a character);
     * -1 when it never ends.
     */
    private int tagEnd(int from) {
      int state = BEFORE_NAME;
      int j = from;
      while (j < n) {
        char c = html.charAt(j);
        switch (state) {
          case UNQUOTED -> {
            if (c == '>') {
              return j + 1;
            }
            if (isSpace(c)) {
              state = BEFORE_NAME;
            }
          }
          case BEFORE_VALUE -> {
            if (c == '"' || c == '\'') {
              int close = html.indexOf(c, j + 1);
              if (close < 0) {
                return -1;
              }
              j = close;
              state = BEFORE_NAME; // after a quoted value, anything but '>' or '/' starts the next name
            } else if (c == '>') {
              return j + 1;
            } else if (!isSpace(c)) {
              state = UNQUOTED;
            }
          }
          default -> { // BEFORE_NAME, NAME, AFTER_NAME
            if (c == '>') {
              return j + 1;
            }
            if (c == '/') {
              if (j + 1 < n && html.charAt(j + 1) == '>') {
                return j + 2;
              }
              state = BEFORE_NAME;
            } else if (isSpace(c)) {
              state = state == NAME ? AFTER_NAME : state;
            } else if (c == '=' && state != BEFORE_NAME) {
              state = BEFORE_VALUE;
            } else {
              state = NAME; // includes '=' at the start of a name, which the tokenizer takes as part of it
            }
          }
        }
        j++;
      }
      return -1;
    }

    /** The start of the end tag of the raw-text element named at [nameFrom, nameTo): "</name" then space, / or >. */
    private int closingTag(int from, int nameFrom, int nameTo) {
      int len = nameTo - nameFrom;
      int at = html.indexOf("</", from);
      while (at >= 0) {
        int end = at + 2 + len;
        if (end < n && asciiRegionEqualsIgnoreCase(at + 2, nameFrom, len)) {
          char c = html.charAt(end);
          if (c == '/' || c == '>' || isSpace(c)) {
            return at;
          }
        }
        at = html.indexOf("</", at + 2);
      }
      return -1;
    }

    /**
     * A raw-text body holding "</" and letters directly followed by '<' ("</x<y"): jsoup then no longer recognises
     * the element's end tag (the pending name keeps the letters), so where the body ends is jsoup's to say.
     */
    private boolean endTagNameRunsIntoTag(int from, int to) {
      for (int at = html.indexOf("</", from); at >= 0 && at < to; at = html.indexOf("</", at + 2)) {
        int j = at + 2;
        while (j < to && isAsciiLetter(html.charAt(j))) {
          j++;
        }
        if (j > at + 2 && j < n && html.charAt(j) == '<') {
          return true;
        }
      }
      return false;
    }

    /** "<!--" followed later by "<script" in a script body: the tokenizer's (double) escaped states. */
    private boolean escapesIntoNestedScript(int from, int to) {
      boolean comment = false;
      for (int at = html.indexOf('<', from); at >= 0 && at < to; at = html.indexOf('<', at + 1)) {
        if (!comment) {
          comment = html.startsWith("<!--", at);
        } else if (at + 7 <= n && asciiRegionEqualsIgnoreCase(at + 1, "script")) {
          return true;
        }
      }
      return false;
    }

    /** JSON-LD is kept; so is any start tag with a character reference, which could spell "ld+json". */
    private boolean keepsBody(int tagStart, int tagEnd) {
      for (int j = tagStart; j < tagEnd; j++) {
        char c = html.charAt(j);
        if (c == '&') {
          return true;
        }
        if ((c == 'l' || c == 'L') && j + 7 <= tagEnd && asciiRegionEqualsIgnoreCase(j, "ld+json")) {
          return true;
        }
      }
      return false;
    }

    private boolean isOtherRawText(int from, int to) {
      return nameIs(from, to, "textarea") || nameIs(from, to, "title") || nameIs(from, to, "xmp")
          || nameIs(from, to, "iframe") || nameIs(from, to, "noembed") || nameIs(from, to, "plaintext");
    }

    private boolean nameIs(int from, int to, String name) {
      return to - from == name.length() && asciiRegionEqualsIgnoreCase(from, name);
    }

    /** ASCII-only case folding, as the tokenizer does ("ſcript" is not "script"). */
    private boolean asciiRegionEqualsIgnoreCase(int from, String lowerName) {
      for (int k = 0; k < lowerName.length(); k++) {
        if (asciiLower(html.charAt(from + k)) != lowerName.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private boolean asciiRegionEqualsIgnoreCase(int from, int other, int len) {
      for (int k = 0; k < len; k++) {
        if (asciiLower(html.charAt(from + k)) != asciiLower(html.charAt(other + k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** Reads a page but for the dropped ranges. */
  private static final class KeptReader extends Reader {
    private final String html;
    private final int[] dropped;
    private final int droppedCount;
    /** The next character to read, and the next dropped range ahead of it. */
    private int at;
    private int nextDropped;

    KeptReader(String html, int[] dropped, int droppedCount) {
      this.html = html;
      this.dropped = dropped;
      this.droppedCount = droppedCount;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      int n = html.length();
      int copied = 0;
      while (copied < length && at < n) {
        if (nextDropped < droppedCount && at == dropped[nextDropped]) {
          at = dropped[nextDropped + 1];
          nextDropped += 2;
          continue;
        }
        int end = nextDropped < droppedCount ? dropped[nextDropped] : n;
        int count = Math.min(end - at, length - copied);
        html.getChars(at, at + count, buffer, offset + copied);
        at += count;
        copied += count;
      }
      return copied == 0 && length > 0 ? -1 : copied;
    }

    @Override
    public void close() {}
  }

  private static final int BEFORE_NAME = 0;
  private static final int NAME = 1;
  private static final int AFTER_NAME = 2;
  private static final int BEFORE_VALUE = 3;
  private static final int UNQUOTED = 4;

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
