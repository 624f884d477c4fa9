package dev.newsflow.extract.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a line of plain text is a headline, and whether it repeats a given title. Stateless. */
final class TitleLines {

  /** Headlines are short; a longer first line is the lede. */
  private static final int MAX_TITLE_CHARS = 200;
  private static final int MAX_TITLE_WORDS = 30;
  /** A headline may end in "?", "!" or a quote, but not like a sentence or a clause of one. */
  private static final Pattern CLAUSE_END = Pattern.compile("[.,;:…]$");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TitleLines() {}

  static boolean looksLikeTitle(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.length() <= MAX_TITLE_CHARS && s.split("\\s+").length <= MAX_TITLE_WORDS
        && !CLAUSE_END.matcher(s).find();
  }

  /** The same words in the same order, ignoring case, punctuation and spacing. */
  static boolean sameTitle(String line, String title) {
    String a = words(line);
    return !a.isEmpty() && a.equals(words(title));
  }

  private static String words(String s) {
    return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
