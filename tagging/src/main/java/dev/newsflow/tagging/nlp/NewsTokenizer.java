package dev.newsflow.tagging.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits clean article text into sentences and tokens with character offsets, following the conventions of
 * news NER data (CoNLL/Penn style): punctuation, quotes and brackets are tokens of their own; possessive
 * {@code 's} and contractions are split off the Penn way ({@code don't} is {@code do n't}); abbreviations
 * such as {@code U.S.}, {@code Mr.} or {@code Jan.} keep their period; numbers keep their inner marks
 * ({@code 25.76}, {@code 1,000}, {@code 2-1}, {@code 1996-12-06}); hyphenated words stay one token as in
 * CoNLL ({@code York-based}, {@code Jean-Luc}). Every line break ends a sentence, because headlines,
 * datelines and list lines stand alone in news text; a list number such as {@code 1.} at the start of a line
 * is one token and does not end the sentence.
 *
 * <p>Stateless and thread-safe. One pass over the characters, no regular expressions: it runs on every article.
 */
public final class NewsTokenizer {

  /** Abbreviations whose final period does not end a sentence. Lower-case, without the period. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
      "maj", "st", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "vs", "etc", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "supt", "det",
      "insp", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "messrs", "mme", "mlle", "gens", "reps", "sens",
      "govt", "dept", "univ", "assn", "approx", "est", "fig", "plc", "cie", "ave", "blvd", "rd");

  /** Abbreviations that take their period only before a number ("No. 1", "Nos. 3 and 4"). */
  private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("no", "nos", "art", "vol", "pp");

  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        flush(current, sentences);
        lineStart = true;
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = lineStart ? listNumberEnd(text, i) : -1;
      if (end < 0) {
        end = tokenEnd(text, i);
      }
      lineStart = false;
      Token token = new Token(text.substring(i, end), i, end);
      current.add(token);
      if (endsSentence(text, token, end)) {
        flush(current, sentences);
      }
      i = end;
    }
    flush(current, sentences);
    return sentences;
  }

  public List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence sentence : split(text)) {
      tokens.addAll(sentence.tokens());
    }
    return tokens;
  }

  private static void flush(List<Token> current, List<Sentence> sentences) {
    if (!current.isEmpty()) {
      sentences.add(new Sentence(current.get(0).start(), current.get(current.size() - 1).end(), current));
      current.clear();
    }
  }

  /** "1." or "12." opening a line and followed by a space: a list number, one token. Else -1. */
  private static int listNumberEnd(String text, int start) {
    int n = text.length();
    int j = start;
    while (j < n && j - start < 3 && isAsciiDigit(text.charAt(j))) {
      j++;
    }
    if (j == start || j >= n - 1 || text.charAt(j) != '.' || text.charAt(j + 1) != ' ') {
      return -1;
    }
    return j + 1;
  }

  /** Where the token starting at {@code start} ends. */
  private static int tokenEnd(String text, int start) {
    int n = text.length();
    char c = text.charAt(start);
    if (!Character.isLetterOrDigit(c)) {
      if (isApostrophe(c) && start + 1 < n && Character.isLetter(text.charAt(start + 1))) {
        // A clitic left over after the word was split: 's 're 'll 've 'd 'm.
        int j = start + 1;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (j - start <= 3) {
          return j;
        }
      }
      if (c == '.' && text.startsWith("...", start)) {
        return start + 3;
      }
      return start + Character.charCount(text.codePointAt(start));
    }
    if ((c == 'n' || c == 'N') && start + 2 < n && isApostrophe(text.charAt(start + 1))
        && isContractionNt(text, start - 1, start + 1)) {
      return start + 3; // the n't split off "don't"
    }
    int j = start;
    while (j < n) {
      char ch = text.charAt(j);
      if (Character.isLetterOrDigit(ch)) {
        j++;
      } else if ((ch == '-' || ch == '.' || ch == ',' || ch == '&' || ch == '/') && j + 1 < n
          && Character.isLetterOrDigit(text.charAt(j + 1)) && joins(text, start, j, ch)) {
        j++;
      } else if (isApostrophe(ch) && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
        if (isContractionNt(text, start, j)) {
          return j - 1; // do|n't, ca|n't
        }
        if (isPossessiveOrContraction(text, j)) {
          break; // John|'s, they|'re
        }
        j++; // O'Brien stays whole
      } else {
        break;
      }
    }
    // U.S. / Mr. / a.m.: keep the abbreviation's final period.
    if (j < n && text.charAt(j) == '.' && j - start <= 6) {
      String word = text.substring(start, j).toLowerCase(Locale.ROOT);
      if (ABBREVIATIONS.contains(word) || isInitials(word)
          || NUMBER_ABBREVIATIONS.contains(word) && followedByNumber(text, j + 1)) {
        j++;
      }
    }
    return j;
  }

  /** The "n't" of a word: "don't" is split before the n. */
  private static boolean isContractionNt(String text, int start, int apostrophe) {
    return apostrophe - start >= 2 && (text.charAt(apostrophe - 1) == 'n' || text.charAt(apostrophe - 1) == 'N')
        && apostrophe + 1 < text.length() && (text.charAt(apostrophe + 1) == 't' || text.charAt(apostrophe + 1) == 'T')
        && (apostrophe + 2 >= text.length() || !Character.isLetter(text.charAt(apostrophe + 2)));
  }

  private static boolean followedByNumber(String text, int from) {
    int j = from;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j < text.length() && isAsciiDigit(text.charAt(j));
  }

  private static boolean joins(String text, int start, int at, char mark) {
    char before = text.charAt(at - 1);
    char after = text.charAt(at + 1);
    return switch (mark) {
      case '-', '&', '/' -> true;
      case ',' -> Character.isDigit(before) && Character.isDigit(after); // 1,000
      case '.' -> Character.isDigit(before) && Character.isDigit(after) || at - start == 1; // 25.76, U.S
      default -> false;
    };
  }

  private static boolean isPossessiveOrContraction(String text, int apostrophe) {
    int j = apostrophe + 1;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    String suffix = text.substring(apostrophe + 1, j).toLowerCase(Locale.ROOT);
    return switch (suffix) {
      case "s", "re", "ll", "ve", "d", "m", "t" -> true;
      default -> false;
    };
  }

  /** "u.s", "j.r.r" and single letters like "j" (as in "J. Smith") are initials. */
  private static boolean isInitials(String word) {
    if (word.length() == 1) {
      return Character.isLetter(word.charAt(0));
    }
    for (int k = 0; k < word.length(); k++) {
      char ch = word.charAt(k);
      boolean letterSlot = k % 2 == 0;
      if (letterSlot ? !Character.isLetter(ch) : ch != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean endsSentence(String text, Token token, int end) {
    String t = token.text();
    if (!(t.equals(".") || t.equals("!") || t.equals("?"))) {
      return false;
    }
    // A sentence ends where the next non-space character starts a new one (or the text ends).
    int j = end;
    while (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '\u201D' || text.charAt(j) == ')')) {
      j++;
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j >= text.length() || !Character.isLowerCase(text.charAt(j));
  }
}
