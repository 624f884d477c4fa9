package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;

/**
 * "X League" and "X Series" are competitions (EVENT) where the sentence says so: a competition word follows ("the
 * Harbour League title") or a winning verb comes before ("won the Harbour League"). Elsewhere the same names are
 * often bodies ("the Northern League", a party), which the organisation suffixes take.
 */
final class CompetitionNames implements FirstMatch.Alternative {

  @Override
  public int match(RuleContext sentence, int i, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    RuleWords words = sentence.words();
    if (i == 0 || !words.competitionHeads.contains(tokens.get(i).text())) {
      return -1;
    }
    int start = sentence.leadingCaps(i);
    if (start == i) {
      return -1;
    }
    boolean cueAfter = i + 1 < tokens.size() && words.competitionCues.contains(Shapes.lower(tokens.get(i + 1).text()));
    boolean verbBefore = start >= 2 && "the".equals(tokens.get(start - 1).text())
        && words.competitionVerbs.contains(Shapes.lower(tokens.get(start - 2).text()));
    if (!cueAfter && !verbBefore) {
      return -1;
    }
    out.add(sentence.mention(start, i + 1, EntityType.EVENT, 0.75));
    return i;
  }
}
