package dev.newsflow.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warnings about the extracted text that hold whatever extractor produced it: too little text to be an article,
 * characters lost in decoding, text that looks like binary data. One linear pass, no regex. Stateless.
 */
final class TextChecks {

  /** Fewer words than this is a brief at most; index pages and error pages land here. */
  static final int MIN_ARTICLE_WORDS = 40;
  /** Share of symbol and punctuation characters above which text is noise (prose has well under 10%). */
  private static final double MAX_SYMBOL_SHARE = 0.25;

  private TextChecks() {}

  static List<String> warnings(String text) {
    List<String> warnings = new ArrayList<>();
    if (text.isEmpty()) {
      return warnings; // the extractor already says it found nothing
    }
    int words = 0;
    int replacements = 0;
    int symbols = 0;
    int visible = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) { // ASCII fast path: the same answers without the Unicode tables
        boolean wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        if (wordChar && !inWord) {
          words++;
        }
        inWord = wordChar;
        if (!Character.isWhitespace(c)) {
          visible++;
          symbols += wordChar ? 0 : 1;
        }
        continue;
      }
      boolean wordChar = Character.isLetterOrDigit(c);
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
      if (c == '\uFFFD') {
        replacements++;
      }
      if (!Character.isWhitespace(c)) {
        visible++;
        if (!wordChar && !Character.isSurrogate(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
          symbols++;
        }
      }
    }
    if (words < MIN_ARTICLE_WORDS) {
      warnings.add("little text (" + words + " words): the page may not be an article");
    }
    if (replacements > 0) {
      warnings.add(replacements + " replacement characters (U+FFFD): the page was not decoded with its real charset");
    }
    if (visible > 0 && (double) symbols / visible > MAX_SYMBOL_SHARE) {
      warnings.add(String.format(Locale.ROOT, "text looks like binary data (%.0f%% symbols)", 100.0 * symbols / visible));
    }
    return warnings;
  }
}
