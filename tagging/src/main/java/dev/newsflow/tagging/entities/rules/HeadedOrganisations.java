package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * "Ministry of Foreign Affairs", "University of Oxford", "Centers for Disease Control and Prevention", "Council on
 * Foreign Relations": a head word, "of"/"for"/"on", capitalised words (with "of", "and", "for" inside) →
 * ORGANIZATION, the whole name.
 */
final class HeadedOrganisations implements FirstMatch.Alternative {

  @Override
  public int match(RuleContext sentence, int i, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    String w = tokens.get(i).text();
    if (sentence.words().organisationHeads.contains(w) && i + 2 < tokens.size()
        && sentence.words().organisationHeadPrepositions.contains(tokens.get(i + 1).text())) {
      int compStart = i + 2;
      if ("the".equals(tokens.get(compStart).text()) && compStart + 1 < tokens.size()) {
        compStart++;
      }
      int run = sentence.orgRun(compStart);
      if (run > 0) {
        int start = sentence.leadingCaps(i);
        // A name the knowledge base holds whole, and longer ("... Co-operation in Europe"), is the gazetteer's.
        KnowledgeBase.Match known = sentence.kb().longestMatch(tokens, start);
        if (known != null && known.end() > compStart + run) {
          return -1;
        }
        out.add(sentence.mention(start, compStart + run, EntityType.ORGANIZATION, 0.75));
        return compStart + run - 1;
      }
    }
    return -1;
  }
}
