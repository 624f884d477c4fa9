package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Titles of works (MISC) after a word that says what they are: in quotes ("the song "Blue Rain"", "her novel,
 * “Night Ferry”") the quoted words, whatever they are; without quotes only after "the" or a possessive, only
 * capitalised words the knowledge base does not know, and only where the title visibly ends (punctuation, "by",
 * "about", ...): "the film Harbour Lights, directed by ...".
 */
final class WorkTitles implements NameRule {

  private static final Set<String> OPENING_QUOTES = Set.of("\"", "“");
  private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”");
  private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its", "our", "my", "your");
  /** Words that may follow an unquoted title and end it. */
  private static final Set<String> AFTER_TITLE = Set.of("by", "about", "starring", "featuring", "which", "that");
  /** The longest quoted title taken, in tokens. */
  private static final int MAX_TITLE = 12;

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    RuleWords words = sentence.words();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!words.workCues.contains(tokens.get(i).text())) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && j <= i + 2 && words.workTitleWords.contains(tokens.get(j).text())) {
        j++;
      }
      if (j < tokens.size() && OPENING_QUOTES.contains(tokens.get(j).text())) {
        int end = quoted(tokens, j);
        if (end > 0) {
          out.add(sentence.mention(j + 1, end, EntityType.MISC, 0.75));
          i = end;
        }
      } else if (j == i + 1 && i > 0 && DETERMINERS.contains(Shapes.lower(tokens.get(i - 1).text()))) {
        int run = sentence.nameRun(j);
        if (run > 0 && endsTitle(tokens, j + run) && sentence.kb().lookup(text(sentence, j, j + run)).isEmpty()) {
          out.add(sentence.mention(j, j + run, EntityType.MISC, 0.75));
          i = j + run - 1;
        }
      }
    }
  }

  /** The index of the closing quote of a title opened at {@code open} that starts with a capital, or -1. */
  private static int quoted(List<Token> tokens, int open) {
    if (open + 1 >= tokens.size() || !Shapes.startsUpper(tokens.get(open + 1).text())
        && !Character.isDigit(tokens.get(open + 1).text().charAt(0))) {
      return -1;
    }
    for (int k = open + 2; k < tokens.size() && k <= open + MAX_TITLE + 1; k++) {
      if (CLOSING_QUOTES.contains(tokens.get(k).text())) {
        return k;
      }
    }
    return -1;
  }

  private static boolean endsTitle(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    String w = tokens.get(next).text();
    return !Shapes.hasLetter(w) && !Character.isDigit(w.charAt(0)) || AFTER_TITLE.contains(w);
  }

  private static String text(RuleContext sentence, int from, int to) {
    return sentence.text().substring(sentence.tokens().get(from).start(), sentence.tokens().get(to - 1).end());
  }
}
