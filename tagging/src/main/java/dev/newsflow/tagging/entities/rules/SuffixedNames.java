package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Capitalised words ending in a word that says what kind of name they are: the same pattern with three word lists.
 * One instance per kind, tried in this order.
 */
final class SuffixedNames implements FirstMatch.Alternative {

  /** "Asian Cup", "Japanese Grand Prix", "Winter Olympics". */
  static final SuffixedNames EVENTS = new SuffixedNames(EntityType.EVENT, w -> w.eventSuffixes, false);
  /** "Nobel Peace Prize", "Fields Medal"; but "Nobel Prize Committee" is an organisation. */
  static final SuffixedNames AWARDS = new SuffixedNames(EntityType.MISC, w -> w.awardSuffixes, true);
  /** "Lea River", "Rocky Mountains"; but "Green Valley Party" is not a valley. */
  static final SuffixedNames NATURAL_FEATURES =
      new SuffixedNames(EntityType.LOCATION, w -> w.naturalFeatureSuffixes, true);
  /** "Acme Inc", "Labour Party", "Leeds United"; "Harbor Mortgage and Housing Corporation" across its "and". */
  static final SuffixedNames ORGANISATIONS =
      new SuffixedNames(EntityType.ORGANIZATION, w -> w.organisationSuffixes, false, true);

  /** Capitalised words before an "and" inside an organisation's name: at most this many. */
  private static final int MAX_BEFORE_AND = 4;

  private final EntityType type;
  private final Function<RuleWords, Set<String>> suffixes;
  private final boolean notBeforeCapital;
  private final boolean acrossAnd;

  /**
   * @param notBeforeCapital whether a capitalised word right after the suffix means the name goes on, and is some
   *     other kind
   */
  private SuffixedNames(EntityType type, Function<RuleWords, Set<String>> suffixes, boolean notBeforeCapital) {
    this(type, suffixes, notBeforeCapital, false);
  }

  /**
   * @param acrossAnd whether capitalised words joined by "and" before the suffix belong to the name ("Veterinary
   *     and Food Administration"), unless the words before "and" are a known name of their own or end in a suffix
   *     ("Kelmar Inc and Orlan Group" are two)
   */
  private SuffixedNames(EntityType type, Function<RuleWords, Set<String>> suffixes, boolean notBeforeCapital,
      boolean acrossAnd) {
    this.type = type;
    this.suffixes = suffixes;
    this.notBeforeCapital = notBeforeCapital;
    this.acrossAnd = acrossAnd;
  }

  /** Where the name starts when it reaches across an "and" before {@code start}, or {@code start}. */
  private int acrossAnd(RuleContext sentence, int start) {
    List<Token> tokens = sentence.tokens();
    if (!acrossAnd || start < 2 || !"and".equals(tokens.get(start - 1).text())
        || !Shapes.isCapitalisedWord(tokens.get(start - 2).text())) {
      return start;
    }
    int left = sentence.leadingCaps(start - 2);
    if (start - 1 - left > MAX_BEFORE_AND) {
      return start;
    }
    String before = sentence.text().substring(tokens.get(left).start(), tokens.get(start - 2).end());
    if (!sentence.kb().lookup(before).isEmpty() || suffixes.apply(sentence.words()).contains(tokens.get(start - 2).text())) {
      return start;
    }
    return left;
  }

  @Override
  public int match(RuleContext sentence, int i, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    boolean nameGoesOn = i + 1 < tokens.size() && Shapes.isCapitalisedWord(tokens.get(i + 1).text());
    if (suffixes.apply(sentence.words()).contains(tokens.get(i).text()) && i > 0
        && !(notBeforeCapital && nameGoesOn)) {
      int start = sentence.leadingCaps(i);
      if (start < i) {
        start = acrossAnd(sentence, start);
        // "Goldman Lake Capital Markets": where the name goes on, the suffix is not sure to end it, so the mention
        // does not overrule a longer one.
        out.add(sentence.mention(start, i + 1, type, nameGoesOn ? 0.6 : 0.75));
        return i;
      }
    }
    return -1;
  }
}
