package dev.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits clean article text into sentences and tokens with character offsets, following the conventions of
 * news NER data (CoNLL/Penn style): punctuation is its own token, possessive {@code 's} is split off, and
 * abbreviations such as {@code U.S.} or {@code Mr.} stay one token. Every line break ends a sentence, because
 * headlines, datelines and list lines stand alone in news text.
 *
 * <p>Stateless and thread-safe.
 */
public final class NewsTokenizer {

  /** Abbreviations whose final period does not end a sentence. Lower-case, without the period. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
      "maj", "st", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "vs", "etc", "no", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "supt", "det",
      "insp", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m");

  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        flush(current, sentences);
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = tokenEnd(text, i);
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

  /** Where the token starting at {@code start} ends. */
  private static int tokenEnd(String text, int start) {
    int n = text.length();
    char c = text.charAt(start);
    if (!Character.isLetterOrDigit(c)) {
      // Possessive or contraction suffix: 's 're 'll 've 'd 'm n't handled on the word side; here a lone mark.
      if ((c == '\'' || c == '\u2019') && start + 1 < n && Character.isLetter(text.charAt(start + 1))) {
        int j = start + 1;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (j - start <= 3) {
          return j;
        }
      }
      return start + Character.charCount(text.codePointAt(start));
    }
    int j = start;
    while (j < n) {
      char ch = text.charAt(j);
      if (Character.isLetterOrDigit(ch)) {
        j++;
      } else if ((ch == '-' || ch == '.' || ch == ',' || ch == '&' || ch == '/') && j + 1 < n
          && Character.isLetterOrDigit(text.charAt(j + 1)) && joins(text, start, j, ch)) {
        j++;
      } else if ((ch == '\'' || ch == '\u2019') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
        // O'Brien stays whole; John's splits before the apostrophe.
        if (isPossessiveOrContraction(text, j)) {
          break;
        }
        j++;
      } else {
        break;
      }
    }
    // U.S. / Mr. / a.m.: keep the abbreviation's final period.
    if (j < n && text.charAt(j) == '.') {
      String word = text.substring(start, j).toLowerCase();
      if (ABBREVIATIONS.contains(word) || isInitials(word)) {
        j++;
      }
    }
    return j;
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
    String suffix = text.substring(apostrophe + 1, j).toLowerCase();
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
