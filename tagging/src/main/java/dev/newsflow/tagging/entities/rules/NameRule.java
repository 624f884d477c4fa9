package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.Mention;
import java.util.List;

/**
 * One family of name patterns, applied to one sentence at a time; {@link RuleNameFinder} runs the families in a fixed
 * order. Implementations hold no state and are thread-safe; the words they look for come with the sentence.
 */
interface NameRule {

  /** Adds the mentions this family finds in the sentence to {@code out}. */
  void find(RuleContext sentence, List<Mention> out);
}
