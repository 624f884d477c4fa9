package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * "Jane Doe (Canada)": a name of two or more words followed by a country in brackets, as results lists and bylines
 * write people → PERSON. A town in brackets is not a country.
 */
final class NamesWithCountries implements NameRule {

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    String text = sentence.text();
    for (int i = 0; i < tokens.size(); i++) {
      int run = sentence.nameRun(i);
      int open = i + run;
      if (run < 2 || open + 2 >= tokens.size() || !"(".equals(tokens.get(open).text())) {
        i += Math.max(run - 1, 0);
        continue;
      }
      int close = open + 1;
      while (close < tokens.size() && close < open + 5 && !")".equals(tokens.get(close).text())) {
        close++;
      }
      if (close >= tokens.size() || !")".equals(tokens.get(close).text()) || close == open + 1) {
        continue;
      }
      String inside = text.substring(tokens.get(open + 1).start(), tokens.get(close - 1).end());
      boolean country = sentence.kb().lookup(inside).stream()
          .anyMatch(e -> e.kind() == KbEntry.Kind.COUNTRY || e.kind() == KbEntry.Kind.DEMONYM);
      String name = text.substring(tokens.get(i).start(), tokens.get(open - 1).end());
      if (country && !sentence.knownAsOtherThanPerson(name)) {
        out.add(sentence.mention(i, open, EntityType.PERSON, 0.75));
      }
      i = close;
    }
  }
}
