package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/** "Ministry of Foreign Affairs", "University of Oxford": a head word, "of", capitalised words → ORGANIZATION. */
final class HeadedOrganisations implements FirstMatch.Alternative {

  @Override
  public int match(RuleContext sentence, int i, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    String w = tokens.get(i).text();
    if (sentence.words().organisationHeads.contains(w) && i + 2 < tokens.size()
        && "of".equals(tokens.get(i + 1).text())) {
      int compStart = i + 2;
      if ("the".equals(tokens.get(compStart).text()) && compStart + 1 < tokens.size()) {
        compStart++;
      }
      int run = sentence.orgRun(compStart);
      if (run > 0) {
        int start = sentence.leadingCaps(i);
        out.add(sentence.mention(start, compStart + run, EntityType.ORGANIZATION, 0.75));
        return compStart + run - 1;
      }
    }
    return -1;
  }
}
