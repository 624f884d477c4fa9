package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * Products: a maker's name followed by a model with a number or code in it ("<maker> Galaxy S25", "<maker> 737 MAX",
 * "<maker> iPhone 17 Pro") → maker and model together MISC. A model is up to four words: capitalised, camel-case
 * ("iPhone"), codes ("S25", "A320", "X"), numbers (not years); it needs a number, a code or a camel-case word, so
 * "<maker> Chief Executive" stays the company. After the maker's possessive the model alone is the product
 * ("<maker>'s PlayStation 5"). A capitalised word before the maker means another name ("Harrison Ford"), and the
 * rule leaves it.
 */
final class ProductNames implements NameRule {

  private static final int MAX_MODEL = 4;

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!sentence.words().productBrands.contains(tokens.get(i).text())
          || i > 0 && Shapes.isCapitalisedWord(tokens.get(i - 1).text()) && !Shapes.isSentenceStart(tokens, i - 1)) {
        continue;
      }
      // "<maker>'s PlayStation 5": after the maker's possessive the model alone is the product.
      int from = i + 2 < tokens.size() && isPossessive(tokens.get(i + 1).text()) ? i + 2 : i + 1;
      int end = from;
      boolean marked = false;
      while (end < tokens.size() && end - from < MAX_MODEL) {
        String w = tokens.get(end).text();
        boolean strong = isNumber(w) || isCode(w) || isCamel(w);
        if (!strong && !isModelWord(w)) {
          break;
        }
        marked |= strong;
        end++;
      }
      if (marked) {
        out.add(sentence.mention(from == i + 1 ? i : from, end, EntityType.MISC, 0.75));
        i = end - 1;
      }
    }
  }

  /** "737", "17"; not a year ("2025"). */
  static boolean isNumber(String w) {
    if (w.isEmpty() || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return !(w.length() == 4 && (w.startsWith("19") || w.startsWith("20")));
  }

  /**
   * "S25", "A320", "X5", "5G", "A320neo", "777-8F", "737-800", "P7+" or one capital letter ("X"): digits with
   * letters or an inner hyphen, or a lone capital; not a quarter or half year ("Q3", "H1").
   */
  static boolean isCode(String w) {
    if (w.length() == 1) {
      return Character.isUpperCase(w.charAt(0));
    }
    if (w.length() == 2 && (w.charAt(0) == 'Q' || w.charAt(0) == 'H') && Character.isDigit(w.charAt(1))) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    boolean hyphen = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isUpperCase(c) || Character.isLowerCase(c) && k > 0 && digit) {
        letter = true;
      } else if (c == '-' && k > 0 && k < w.length() - 1) {
        hyphen = true;
      } else if (!(c == '+' && k == w.length() - 1 && k > 0)) {
        return false;
      }
    }
    return digit && (letter || hyphen);
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s");
  }

  /** "iPhone", "eBook": a lower-case first letter with a capital later. */
  static boolean isCamel(String w) {
    return w.length() > 2 && Character.isLowerCase(w.charAt(0))
        && w.chars().skip(1).anyMatch(Character::isUpperCase) && w.chars().allMatch(Character::isLetter);
  }

  private static boolean isModelWord(String w) {
    String lower = Shapes.lower(w);
    return Shapes.isCapitalisedWord(w) && w.chars().allMatch(Character::isLetterOrDigit)
        && !Shapes.FUNCTION_WORDS.contains(lower) && !Shapes.CALENDAR.contains(lower);
  }
}
