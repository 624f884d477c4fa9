package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * Medicines named after a word that says so: "the drug Zelvor", "the weight-loss jab Trimora", "a vaccine Covira
 * B" → the name (one or two capitalised words) MISC. A name the knowledge base knows ("the vaccine Acme developed"
 * with Acme a company) is left to it.
 */
final class DrugNames implements NameRule {

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!sentence.words().drugCues.contains(tokens.get(i).text())) {
        continue;
      }
      int run = Math.min(sentence.nameRun(i + 1), 2);
      if (run == 0) {
        continue;
      }
      String name = sentence.text().substring(tokens.get(i + 1).start(), tokens.get(i + run).end());
      if (sentence.kb().lookup(name).isEmpty() && sentence.kb().lookup(tokens.get(i + 1).text()).isEmpty()) {
        out.add(sentence.mention(i + 1, i + 1 + run, EntityType.MISC, 0.75));
      }
      i += run;
    }
  }
}
