package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * The news agency in a dateline: "NAIROBI, May 3 (Harbor Wire) -", "LONDON (Harbor Wire) -" → the words in brackets
 * are an ORGANIZATION. The line must open with a place written in capitals, and the brackets must close the line or
 * stand before its dash, so a bracketed aside in prose is not taken.
 */
final class DatelineAgencies implements NameRule {

  private static final int MAX_PREFIX = 10;
  private static final int MAX_AGENCY = 4;

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    if (tokens.size() < 4 || !isCapitalPlace(tokens.get(0).text())) {
      return;
    }
    for (int open = 1; open < tokens.size() && open <= MAX_PREFIX; open++) {
      if (!"(".equals(tokens.get(open).text())) {
        continue;
      }
      int close = open + 1;
      while (close < tokens.size() && close <= open + MAX_AGENCY + 1 && !")".equals(tokens.get(close).text())) {
        if (!Shapes.isCapitalisedWord(tokens.get(close).text())) {
          return;
        }
        close++;
      }
      if (close >= tokens.size() || close == open + 1 || !")".equals(tokens.get(close).text())) {
        return;
      }
      boolean endsLine = close + 1 == tokens.size() || isDash(tokens.get(close + 1).text());
      if (endsLine) {
        out.add(sentence.mention(open + 1, close, EntityType.ORGANIZATION, 0.9));
      }
      return;
    }
  }

  /** "NAIROBI", "SAO PAULO": a word in capitals of at least two letters. */
  private static boolean isCapitalPlace(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '.');
  }

  private static boolean isDash(String word) {
    return word.equals("-") || word.equals("--") || word.equals("–") || word.equals("—");
  }
}
