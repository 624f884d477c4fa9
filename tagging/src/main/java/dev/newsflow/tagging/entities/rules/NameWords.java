package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.Shapes;

/**
 * What the rule word lists say about single words, for the parts outside the rules (the merger): whether a word is
 * a title or role that stands before a person's name ("Organiser", "Chief", "Lieutenant-General"), and whether it
 * is the head word of a kind of name ("River", "Harbour", "Association", "Homes", "Terminal"), which is no person's
 * name on its own. Thread-safe.
 */
public final class NameWords {

  private static final RuleWords WORDS = RuleWords.english();

  private NameWords() {}

  /** Whether {@code word} (any case) is a listed title or role; a hyphenated one counts as its last part. */
  public static boolean isTitle(String word) {
    String w = Shapes.lower(word);
    if (WORDS.titles.contains(w)) {
      return true;
    }
    int hyphen = w.lastIndexOf('-');
    return hyphen > 0 && WORDS.titles.contains(w.substring(hyphen + 1));
  }

  /** Whether {@code word} (as written) ends names of places, organisations, events or designated things. */
  public static boolean isNameHead(String word) {
    return WORDS.naturalFeatureSuffixes.contains(word) || WORDS.organisationSuffixes.contains(word)
        || WORDS.organisationHeads.contains(word) || WORDS.designatorHeads.contains(word)
        || WORDS.eventSuffixes.contains(word) || WORDS.awardSuffixes.contains(word);
  }

  /** Whether {@code word} (any case) is a kind of organisation ("Carmaker", "Start-up", "Lender"). */
  public static boolean isOrganisationKind(String word) {
    return WORDS.appositionOrganisationNouns.contains(Shapes.lower(word));
  }

  /** Whether {@code word} (as written) is a particle inside a person's name ("van", "de", "al"). */
  public static boolean isNameParticle(String word) {
    return WORDS.nameParticles.contains(word);
  }
}
