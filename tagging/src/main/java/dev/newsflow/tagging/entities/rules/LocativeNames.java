package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/** "based in X", "capital of X", "born in X" → X with the knowledge base's type, else LOCATION. */
final class LocativeNames implements FirstMatch.Alternative {

  @Override
  public int match(RuleContext sentence, int i, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    Token t = tokens.get(i);
    RuleWords words = sentence.words();
    if (i + 2 < tokens.size() && words.locativeFirstWords.contains(t.text())) {
      String cue = t.text() + " " + tokens.get(i + 1).text();
      if (words.locativeCues.contains(cue)) {
        int run = sentence.nameRun(i + 2);
        if (run > 0) {
          String name = sentence.text().substring(tokens.get(i + 2).start(), tokens.get(i + 1 + run).end());
          out.add(sentence.mention(i + 2, i + 2 + run, sentence.knownType(name, EntityType.LOCATION), 0.7));
        }
      }
    }
    return -1;
  }
}
