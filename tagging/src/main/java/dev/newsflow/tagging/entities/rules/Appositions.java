package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * Apposition: "Jane Doe, a spokeswoman for Acme Corp" → Jane Doe PERSON, and the organisation after "for"/"at"/"with"
 * ORGANIZATION (or what the knowledge base says it is).
 */
final class Appositions implements NameRule {

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    String text = sentence.text();
    RuleWords words = sentence.words();
    for (int c = 1; c < tokens.size() - 2; c++) {
      if (!",".equals(tokens.get(c).text())) {
        continue;
      }
      String det = Shapes.lower(tokens.get(c + 1).text());
      if (!det.equals("a") && !det.equals("an") && !det.equals("the")) {
        continue;
      }
      int role = -1;
      for (int k = c + 2; k < Math.min(tokens.size(), c + 6); k++) {
        if (words.appositionRoles.contains(Shapes.lower(tokens.get(k).text()))) {
          role = k;
          break;
        }
      }
      if (role < 0) {
        continue;
      }
      int start = c;
      while (start > 0 && c - start < 4 && Shapes.isCapitalisedWord(tokens.get(start - 1).text())
          && !Shapes.FUNCTION_WORDS.contains(Shapes.lower(tokens.get(start - 1).text()))) {
        start--;
      }
      if (start < c) {
        String name = text.substring(tokens.get(start).start(), tokens.get(c - 1).end());
        if (!sentence.knownAsOtherThanPerson(name)) {
          out.add(sentence.mention(start, c, EntityType.PERSON, c - start >= 2 ? 0.75 : 0.6));
        }
      }
      // "... for Acme Corp", "... at the University of X": the organisation.
      int prep = role + 1;
      if (prep < tokens.size() && words.organisationPrepositions.contains(tokens.get(prep).text())) {
        int orgStart = prep + 1;
        if (orgStart < tokens.size() && "the".equals(tokens.get(orgStart).text())) {
          orgStart++;
        }
        int run = sentence.orgRun(orgStart);
        if (run > 0) {
          String org = text.substring(tokens.get(orgStart).start(), tokens.get(orgStart + run - 1).end());
          EntityType type = sentence.knownType(org, EntityType.ORGANIZATION);
          out.add(sentence.mention(orgStart, orgStart + run, type, 0.6));
        }
      }
    }
  }
}
