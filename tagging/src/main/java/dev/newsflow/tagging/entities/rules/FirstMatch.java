package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.Mention;
import java.util.List;

/**
 * A family of patterns tried at each token in turn, in order: the first that matches ends the turn, and the scan
 * goes on after the tokens it used ("University of Oxford Union" is one organisation, not also "Oxford Union").
 * Mentions come out in token order.
 */
final class FirstMatch implements NameRule {

  /** One pattern tried at one token. */
  interface Alternative {

    /**
     * Tries the pattern at token {@code i}, adding what it finds to {@code out}.
     *
     * @return the last token the match used, which ends the turn, or -1 to let the next pattern try
     */
    int match(RuleContext sentence, int i, List<Mention> out);
  }

  private final List<Alternative> alternatives;

  FirstMatch(Alternative... alternatives) {
    this.alternatives = List.of(alternatives);
  }

  @Override
  public void find(RuleContext sentence, List<Mention> out) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      for (Alternative alternative : alternatives) {
        int last = alternative.match(sentence, i, out);
        if (last >= 0) {
          i = last;
          break;
        }
      }
    }
  }
}
