package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.Sentence;
import dev.newsflow.tagging.nlp.Token;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a document says about the type of each name, beyond the type its finders gave: votes per surface form for the
 * document's one-type-per-name decision. Each occurrence of a name adds what its context says:
 * <ul>
 *   <li>an organisation after "X said in a statement", "X said it", "X shares", "a X spokesman"
 *       ({@code evidence-organisation-after.txt}) and before "shares of X", "workers at X"
 *       ({@code evidence-organisation-before.txt}), and right after a kind of organisation written in lower case:
 *       "carmaker X", "the lender X", "chocolate makers X and Y" (the nouns of
 *       {@code apposition-organisation-nouns.txt});</li>
 *   <li>a person after "X, who", "X said he", or an age in commas ("X, 34,");</li>
 *   <li>a place after "near X", "north of X", "the town of X" ({@code evidence-place-before.txt});</li>
 *   <li>the noun of an apposition: "X, a pump maker" (organisation), "X, a fishing town" (place), "X, a retired
 *       teacher" (person); a noun with a possessive after it is not the head ("X, the company's chief");</li>
 *   <li>an organisation for the name without its legal form ("Harbor Mills" after "Harbor Mills Inc").</li>
 * </ul>
 * Acronyms are decided outright: "Federal Housing Agency (FHA)" makes FHA the type of its spelled-out form
 * ({@link #acronyms}). Names the knowledge base knows keep its say: the contexts vote only on unknown names (a
 * team is "Pakistan, who ..." in a cricket report). Thread-safe.
 */
public final class TypeEvidence {

  /** One occurrence's context cue: worth a bit more than one confident finder mention. */
  static final double CUE = 1.5;
  /** A name seen with its legal form. */
  static final double LEGAL_FORM = 2.0;
  private static final int MAX_ACRONYM = 8;
  /** How far into an apposition its head noun is looked for. */
  private static final int MAX_APPOSITION = 6;
  private static final Set<String> APPOSITION_STOPS = Set.of(",", ".", ";", ":", "(", ")", "of", "that", "which", "who", "whose", "and", "for", "in", "at");

  private final KnowledgeBase kb;
  private final RuleWords words = RuleWords.english();

  public TypeEvidence(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** Votes per surface form of {@code mentions} (offsets into {@code text}), by type. */
  public Map<String, Map<EntityType, Double>> votes(String text, List<Sentence> sentences, List<Mention> mentions) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    BiConsumer<String, Map.Entry<EntityType, Double>> add = (form, v) ->
        votes.computeIfAbsent(form, k -> new EnumMap<>(EntityType.class)).merge(v.getKey(), v.getValue(), Double::sum);
    TokenIndex index = new TokenIndex(sentences);
    for (Mention m : mentions) {
      int[] at = index.find(m.start(), m.end());
      if (at != null && kb.lookup(m.text()).isEmpty()) {
        EntityType cue = contextType(sentences.get(at[0]).tokens(), at[1], at[2]);
        if (cue != null) {
          add.accept(m.text(), Map.entry(cue, CUE));
        }
      }
      String bare = withoutLegalForm(m.text());
      if (bare != null && m.type() == EntityType.ORGANIZATION
          && kb.lookup(bare).stream().allMatch(e -> e.type() == EntityType.ORGANIZATION)) {
        add.accept(bare, Map.entry(EntityType.ORGANIZATION, LEGAL_FORM));
      }
    }
    return votes;
  }

  /**
   * Acronyms spelled out in the text: "Federal Housing Agency (FHA)" gives FHA the type of the mention before the
   * brackets, when its letters are the initials of that mention's capitalised words.
   */
  public Map<String, EntityType> acronyms(String text, List<Mention> mentions) {
    Map<String, EntityType> out = new HashMap<>();
    for (Mention m : mentions) {
      int k = m.end();
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      if (k >= text.length() || text.charAt(k) != '(') {
        continue;
      }
      int close = text.indexOf(')', k);
      if (close < 0 || close - k - 1 > MAX_ACRONYM) {
        continue;
      }
      String acronym = text.substring(k + 1, close);
      if (isAcronymOf(acronym, m.text())) {
        out.putIfAbsent(acronym, m.type());
      }
    }
    return out;
  }

  /** "FHA" of "Federal Housing Agency", "UNHRC" of "United Nations Human Rights Council" (small words skipped). */
  static boolean isAcronymOf(String acronym, String name) {
    if (acronym.length() < 2 || !KnowledgeBase.isAllCaps(acronym) || !acronym.chars().allMatch(Character::isLetter)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[ -]")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() >= 2 && initials.toString().equals(acronym);
  }

  /** The name without a trailing legal form ("Harbor Mills" of "Harbor Mills Inc"), or null. */
  String withoutLegalForm(String name) {
    int space = name.lastIndexOf(' ');
    if (space <= 0 || !words.corporateSuffixes.contains(name.substring(space + 1))) {
      return null;
    }
    String bare = name.substring(0, space).strip();
    if (bare.endsWith(",")) {
      bare = bare.substring(0, bare.length() - 1);
    }
    return bare.isEmpty() || !Shapes.startsUpper(bare) ? null : bare;
  }

  /** The type the words around tokens {@code [from, to)} give, or null. */
  EntityType contextType(List<Token> tokens, int from, int to) {
    int after = to;
    if (after < tokens.size() && (tokens.get(after).text().equals("'s") || tokens.get(after).text().equals("’s"))) {
      after++;
    }
    if (startsWithAny(tokens, after, words.organisationAfter) || endsWithAny(tokens, from, words.organisationBefore)
        || afterOrganisationNoun(tokens, from)) {
      return EntityType.ORGANIZATION;
    }
    if (startsWithAny(tokens, to, words.personAfter) || isAge(tokens, to)) {
      return EntityType.PERSON;
    }
    if (endsWithAny(tokens, from, words.placeBefore)) {
      return EntityType.LOCATION;
    }
    return appositionType(tokens, to);
  }

  /** "carmaker X", "brewers X": a lower-case noun for a kind of organisation right before token {@code i}. */
  boolean afterOrganisationNoun(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String w = tokens.get(i - 1).text();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    return words.appositionOrganisationNouns.contains(w)
        || w.endsWith("s") && words.appositionOrganisationNouns.contains(w.substring(0, w.length() - 1));
  }

  /** ", a pump maker": the type of the first listed noun of an apposition starting at token {@code i}, or null. */
  EntityType appositionType(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i).text().equals(",")
        || !Set.of("a", "an", "the").contains(Shapes.lower(tokens.get(i + 1).text()))) {
      return null;
    }
    for (int k = i + 2; k < tokens.size() && k < i + 2 + MAX_APPOSITION; k++) {
      String w = Shapes.lower(tokens.get(k).text());
      if (APPOSITION_STOPS.contains(w)) {
        return null;
      }
      boolean possessive = k + 1 < tokens.size()
          && (tokens.get(k + 1).text().equals("'s") || tokens.get(k + 1).text().equals("’s"));
      if (possessive) {
        continue;
      }
      if (words.appositionOrganisationNouns.contains(w)) {
        return EntityType.ORGANIZATION;
      }
      if (words.appositionPlaceNouns.contains(w)) {
        return EntityType.LOCATION;
      }
      if (words.appositionPersonNouns.contains(w)) {
        return EntityType.PERSON;
      }
    }
    return null;
  }

  /** ", 34,": an age in commas right after the name. */
  private static boolean isAge(List<Token> tokens, int i) {
    return i + 2 < tokens.size() && tokens.get(i).text().equals(",") && tokens.get(i + 2).text().equals(",")
        && tokens.get(i + 1).text().matches("[1-9][0-9]?");
  }

  private static boolean startsWithAny(List<Token> tokens, int i, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (matches(tokens, i, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** One of {@code phrases} ends right before token {@code i}. */
  private static boolean endsWithAny(List<Token> tokens, int i, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (matches(tokens, i - phrase.size(), phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Token> tokens, int i, List<String> phrase) {
    if (i < 0 || i + phrase.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!Shapes.lower(tokens.get(i + k).text()).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Finds the sentence and tokens a mention covers exactly. */
  private static final class TokenIndex {
    private final Map<Integer, int[]> byStart = new HashMap<>();
    private final Map<Integer, int[]> byEnd = new HashMap<>();

    TokenIndex(List<Sentence> sentences) {
      for (int s = 0; s < sentences.size(); s++) {
        List<Token> tokens = sentences.get(s).tokens();
        for (int t = 0; t < tokens.size(); t++) {
          byStart.put(tokens.get(t).start(), new int[] {s, t});
          byEnd.put(tokens.get(t).end(), new int[] {s, t});
        }
      }
    }

    /** {sentence, first token, token after the last}, or null when the span is not on token boundaries. */
    int[] find(int start, int end) {
      int[] first = byStart.get(start);
      int[] last = byEnd.get(end);
      if (first == null || last == null || last[0] != first[0] || last[1] < first[1]) {
        return null;
      }
      return new int[] {first[0], first[1], last[1] + 1};
    }
  }
}
