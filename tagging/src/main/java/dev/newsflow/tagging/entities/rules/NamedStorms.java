package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * Named storms: a storm word ("Hurricane", "Typhoon", "Storm"), maybe after a modifier ("Tropical Storm"), then one
 * capitalised name → the whole span MISC. {@link #nameOf} gives the bare name, which the document's later mentions
 * use ("... Hurricane Elda ... Elda weakened").
 */
public final class NamedStorms implements NameRule {

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    RuleWords words = sentence.words();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!words.stormWords.contains(tokens.get(i).text()) || !isName(tokens.get(i + 1).text())) {
        continue;
      }
      int start = i;
      if (i > 0 && words.stormModifiers.contains(tokens.get(i - 1).text())) {
        start = i - 1;
      }
      // "Eurofighter Typhoon Tranche": a capitalised word before that is not a modifier means another name.
      if (start > 0 && Shapes.isCapitalisedWord(tokens.get(start - 1).text())
          && !Shapes.isSentenceStart(tokens, start - 1)) {
        continue;
      }
      // "Storm Harbour Lights Ltd": a storm's name is one word.
      if (i + 2 < tokens.size() && Shapes.isCapitalisedWord(tokens.get(i + 2).text())) {
        continue;
      }
      out.add(sentence.mention(start, i + 2, EntityType.MISC, 0.75));
      i++;
    }
  }

  /** The storm's own name in a mention such as "Tropical Storm Elda" ("Elda"), or null when it is no storm. */
  public static String nameOf(String mention) {
    String[] words = mention.split(" ");
    if (words.length < 2 || words.length > 3 || !isName(words[words.length - 1])) {
      return null;
    }
    RuleWords w = RuleWords.english();
    boolean storm = w.stormWords.contains(words[words.length - 2])
        && (words.length == 2 || w.stormModifiers.contains(words[0]));
    return storm ? words[words.length - 1] : null;
  }

  private static boolean isName(String word) {
    String lower = Shapes.lower(word);
    return Shapes.isCapitalisedWord(word) && !Shapes.FUNCTION_WORDS.contains(lower)
        && !Shapes.CALENDAR.contains(lower);
  }
}
