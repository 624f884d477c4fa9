package dev.newsflow.tagging.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * The cheap tokeniser shared by the lexicon, the Naive Bayes model and their training: lower-cased runs of letters
 * and digits, with a light plural folding ("elections" and "election" are one term) applied the same way to the
 * lexicon and to the text, so the lexicon can be written in natural words. Currency signs become the token
 * {@code $money} and "%" becomes {@code percent}; single letters are dropped, numbers kept ("euro 2004",
 * "formula 1").
 */
public final class TopicTokens {

  /** The token standing for any currency sign. */
  public static final String MONEY = "$money";

  private TopicTokens() {
  }

  public static String[] tokenize(String text) {
    List<String> out = new ArrayList<>(Math.max(16, text == null ? 0 : text.length() / 6));
    tokenize(text, out);
    return out.toArray(new String[0]);
  }

  public static void tokenize(String text, List<String> out) {
    if (text == null) {
      return;
    }
    int n = text.length();
    char[] buf = new char[64];
    int len = 0;
    boolean letters = false;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        if (len < buf.length) {
          buf[len++] = Character.toLowerCase(c);
        }
        letters |= Character.isLetter(c);
        continue;
      }
      if (len > 1 && letters) {
        out.add(fold(buf, len));
      } else if (len > 0 && !letters) {
        out.add(new String(buf, 0, len));
      }
      len = 0;
      letters = false;
      if (c == '$' || c == '£' || c == '€' || c == '¥') {
        out.add(MONEY);
      } else if (c == '%') {
        out.add("percent");
      }
    }
  }

  /** Light plural folding: "-ies" to "-y", a final "s" dropped except after "s", "u" or "i" (class, virus, crisis). */
  static String fold(char[] b, int len) {
    if (len > 4 && b[len - 1] == 's' && b[len - 2] == 'e' && b[len - 3] == 'i') {
      b[len - 3] = 'y';
      return new String(b, 0, len - 2);
    }
    if (len > 3 && b[len - 1] == 's') {
      char p = b[len - 2];
      if (p != 's' && p != 'u' && p != 'i') {
        return new String(b, 0, len - 1);
      }
    }
    return new String(b, 0, len);
  }
}
