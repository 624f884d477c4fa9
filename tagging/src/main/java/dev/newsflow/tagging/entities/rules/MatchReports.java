package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A town's name in a sports report, as the subject of a match verb ("Porto beat", "Milan won 2-1" when the sentence
 * has a score), before a player's role ("Milan coach") or in a fixture ("Bologna (4) v Piacenza (13)"): its team, an
 * ORGANIZATION. Holds in headlines too.
 */
final class MatchReports implements NameRule {

  private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    RuleWords words = sentence.words();
    boolean score = false;
    for (Token t : tokens) {
      if (SCORE.matcher(t.text()).matches()) {
        score = true;
        break;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      int run = 0;
      while (i + run < tokens.size() && run < 3 && Shapes.isCapitalisedWord(tokens.get(i + run).text())) {
        run++;
      }
      if (run == 0 || i + run >= tokens.size()) {
        continue;
      }
      String next = tokens.get(i + run).text();
      // Fixtures: "Bologna v Piacenza", "Bologna (4) v Piacenza (13)".
      int after = i + run;
      if ("(".equals(next) && after + 2 < tokens.size() && ")".equals(tokens.get(after + 2).text())) {
        after += 3;
      }
      boolean fixture = after < tokens.size() && words.fixtureWords.contains(tokens.get(after).text());
      boolean fixtureAway = i >= 1 && words.fixtureWords.contains(tokens.get(i - 1).text());
      boolean team = words.matchVerbs.contains(next) || score && words.scoreVerbs.contains(next)
          || words.teamRoles.contains(next) || fixture || fixtureAway;
      if (team) {
        String name = sentence.text().substring(tokens.get(i).start(), tokens.get(i + run - 1).end());
        if (sentence.isTown(name)) {
          out.add(sentence.mention(i, i + run, EntityType.ORGANIZATION, 0.7));
        }
      }
      i += run - 1;
    }
  }
}
