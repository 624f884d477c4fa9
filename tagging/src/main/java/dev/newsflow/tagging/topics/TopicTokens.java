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
    scan(text, new Sink() {
      @Override
      public void word(char[] buffer, int length) {
        out.add(new String(buffer, 0, length));
      }

      @Override
      public void symbol(String token) {
        out.add(token);
      }
    });
  }

  /**
   * The tokens of {@code text} as {@link TermIds} ids (-1 for a token the ids do not know), the same tokens at the
   * same positions as {@link #tokenize(String)}, without making a string per token.
   */
  static int[] ids(String text, TermIds terms) {
    int[][] out = {new int[Math.max(16, text == null ? 0 : text.length() / 5)]};
    int[] count = {0};
    scan(text, new Sink() {
      @Override
      public void word(char[] buffer, int length) {
        add(terms.id(buffer, length));
      }

      @Override
      public void symbol(String token) {
        add(terms.id(token));
      }

      private void add(int id) {
        if (count[0] == out[0].length) {
          out[0] = java.util.Arrays.copyOf(out[0], count[0] * 2);
        }
        out[0][count[0]++] = id;
      }
    });
    return java.util.Arrays.copyOf(out[0], count[0]);
  }

  /** Receives the tokens of a {@link #scan}: a word in a buffer (valid during the call only), or a symbol token. */
  private interface Sink {
    void word(char[] buffer, int length);

    void symbol(String token);
  }

  private static void scan(String text, Sink out) {
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
        out.word(buf, foldedLength(buf, len));
      } else if (len > 0 && !letters) {
        out.word(buf, len);
      }
      len = 0;
      letters = false;
      if (c == '$' || c == '£' || c == '€' || c == '¥') {
        out.symbol(MONEY);
      } else if (c == '%') {
        out.symbol("percent");
      }
    }
  }

  /** Light plural folding: "-ies" to "-y", a final "s" dropped except after "s", "u" or "i" (class, virus, crisis). */
  static String fold(char[] b, int len) {
    return new String(b, 0, foldedLength(b, len));
  }

  /** {@link #fold} in place: the folded word is {@code b[0..returned length)}. */
  private static int foldedLength(char[] b, int len) {
    if (len > 4 && b[len - 1] == 's' && b[len - 2] == 'e' && b[len - 3] == 'i') {
      b[len - 3] = 'y';
      return len - 2;
    }
    if (len > 3 && b[len - 1] == 's') {
      char p = b[len - 2];
      if (p != 's' && p != 'u' && p != 'i') {
        return len - 1;
      }
    }
    return len;
  }
}
