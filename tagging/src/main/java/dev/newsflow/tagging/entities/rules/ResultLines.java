package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sports results and tables: "Barcelona 2 Porto 1", "Parma 10 6 2 2 15 8 20". Names each followed by numbers, two
 * or more of them, or one opening the line with three or more numbers; a town or region among them is its team, an
 * ORGANIZATION. Holds in headlines too.
 */
final class ResultLines implements NameRule {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)?");

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    List<int[]> names = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int run = 0;
      while (i + run < tokens.size() && run < 3 && Shapes.isCapitalisedWord(tokens.get(i + run).text())) {
        run++;
      }
      if (run == 0) {
        i++;
        continue;
      }
      int j = i + run;
      int numbers = 0;
      while (j < tokens.size() && NUMBER.matcher(tokens.get(j).text()).matches()) {
        numbers++;
        j++;
      }
      if (numbers > 0) {
        names.add(new int[] {i, i + run, numbers});
      }
      i = j;
    }
    boolean table = names.size() == 1 && names.get(0)[2] >= 3 && Shapes.isSentenceStart(tokens, names.get(0)[0]);
    if (names.size() < 2 && !table) {
      return;
    }
    for (int[] n : names) {
      String name = sentence.text().substring(tokens.get(n[0]).start(), tokens.get(n[1] - 1).end());
      if (sentence.isTown(name)) {
        out.add(sentence.mention(n[0], n[1], EntityType.ORGANIZATION, 0.75));
      }
    }
  }
}
