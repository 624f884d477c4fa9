package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * "the X government", "the X embassy" → X with the knowledge base's type, else LOCATION (so "the Russian government"
 * gives a MISC "Russian"). Lets the next pattern try the same token.
 */
final class GovernmentNames implements FirstMatch.Alternative {

  @Override
  public int match(RuleContext sentence, int i, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    Token t = tokens.get(i);
    if (("the".equals(t.text()) || "The".equals(t.text())) && i + 2 < tokens.size()) {
      int run = sentence.nameRun(i + 1);
      int after = i + 1 + run;
      if (run > 0 && after < tokens.size()
          && sentence.words().governmentWords.contains(Shapes.lower(tokens.get(after).text()))) {
        String name = sentence.text().substring(tokens.get(i + 1).start(), tokens.get(after - 1).end());
        out.add(sentence.mention(i + 1, after, sentence.knownType(name, EntityType.LOCATION), 0.6));
      }
    }
    return -1;
  }
}
