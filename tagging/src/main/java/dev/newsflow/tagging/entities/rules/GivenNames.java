package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * A word mostly used as a person's name followed by more capitalised words ("Katja Seizinger"): a person, unless
 * the words are a name the knowledge base types otherwise or end like an organisation.
 */
final class GivenNames implements NameRule {

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    String text = sentence.text();
    for (int i = 0; i < tokens.size() - 1; i++) {
      if (!sentence.kb().isPersonNameWord(tokens.get(i).text())) {
        continue;
      }
      int run = sentence.nameRun(i);
      if (run < 2) {
        continue;
      }
      int end = i + run;
      String last = tokens.get(end - 1).text();
      String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
      if (sentence.words().organisationSuffixes.contains(last) || sentence.knownAsOtherThanPerson(name)
          || sentence.knownAsOtherThanPerson(last)) {
        i = end - 1;
        continue;
      }
      out.add(sentence.mention(i, end, EntityType.PERSON, 0.55));
      i = end - 1;
    }
  }
}
