package dev.newsflow.models.ner;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.model.NerTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings one corpus's labels to the CoNLL-2003 convention the model learns: the corpus's label names map to the
 * model's types (labels with no CoNLL equivalent, such as dates or weapons, are dropped); corpora that never
 * annotate nationalities get their demonyms ("German", "Iraqis") tagged MISC so they do not teach the model
 * that a demonym is no name; and corpora whose spans include titles and articles ("the Foreign Secretary Philip
 * Hammond", "the city of Mosul") can be trimmed to the bare name, dropping sentences that cannot be trimmed
 * cleanly rather than teaching a wrong boundary.
 */
public final class Relabeller {

  /** Words a title-bearing span may start with; the name is what follows the last of them. */
  private static final Set<String> TITLE_WORDS = Set.of(
      "president", "prime", "minister", "ministers", "secretary", "foreign", "office", "defence", "defense",
      "state", "general", "chancellor", "king", "queen", "prince", "princess", "mr", "mr.", "mrs", "mrs.", "ms",
      "ms.", "dr", "dr.", "sir", "lord", "lady", "senator", "governor", "ambassador", "commander", "colonel",
      "spokesman", "spokeswoman", "deputy", "vice", "chief", "director", "chairman", "mayor", "pope", "sheikh",
      "envoy", "special", "representative", "admiral", "major", "captain", "lieutenant", "sergeant", "home",
      "interior", "finance", "trade", "justice", "health", "development", "fco", "cabinet", "leader", "premier",
      "emir", "crown", "secretary-general", "gen.", "col.", "lt.", "sgt.", "capt.", "the", "for", "of", "and",
      "middle", "east", "asia", "africa", "central", "international", "affairs", "security", "united", "nations",
      "us", "u.s.", "uk", "un", "eu", "nato");

  /** Lower-case words that may sit inside a name ("Government of Iraq", "Haider al-Abadi"). */
  private static final Set<String> CONNECTORS = Set.of(
      "of", "for", "and", "the", "de", "du", "des", "da", "al", "el", "bin", "ibn", "van", "von", "der", "den",
      "la", "le", "on", "-", "&", "'s", "\u2019s", "y", "di", "del");

  private final Map<String, EntityType> labels;
  private final boolean annotatesNationalities;
  private final boolean trimSpans;
  private final Set<String> demonyms;

  /**
   * @param labels corpus label (any case) to type; labels missing here are dropped
   * @param annotatesNationalities false when the corpus leaves demonyms untagged (they are then tagged MISC)
   * @param trimSpans true for corpora whose spans carry titles and articles
   * @param demonyms nationality words, as written ("German", "Germans")
   */
  public Relabeller(Map<String, EntityType> labels, boolean annotatesNationalities, boolean trimSpans,
      Set<String> demonyms) {
    this.labels = Map.copyOf(labels);
    this.annotatesNationalities = annotatesNationalities;
    this.trimSpans = trimSpans;
    this.demonyms = Set.copyOf(demonyms);
  }

  /** The sentence with model type names as labels; empty when it cannot be relabelled cleanly. */
  public Optional<LabeledSentence> relabel(LabeledSentence sentence) {
    List<LabeledSentence.Span> out = new ArrayList<>();
    boolean[] covered = new boolean[sentence.tokens().size()];
    for (LabeledSentence.Span span : sentence.spans()) {
      EntityType type = labels.get(span.label().toLowerCase(Locale.ROOT));
      if (type == null) {
        continue;
      }
      List<LabeledSentence.Span> trimmed = trimSpans ? trim(sentence.tokens(), span, type) : List.of(
          new LabeledSentence.Span(span.start(), span.end(), NerTypes.modelName(type)));
      if (trimmed == null) {
        return Optional.empty();
      }
      for (LabeledSentence.Span t : trimmed) {
        out.add(t);
        for (int i = t.start(); i < t.end(); i++) {
          covered[i] = true;
        }
      }
    }
    if (!annotatesNationalities) {
      for (int i = 0; i < covered.length; i++) {
        if (!covered[i] && demonyms.contains(sentence.tokens().get(i))) {
          out.add(new LabeledSentence.Span(i, i + 1, NerTypes.modelName(EntityType.MISC)));
        }
      }
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
    return Optional.of(sentence.withSpans(out));
  }

  /** The bare name(s) inside a span; an empty list drops it, null means the span cannot be trimmed cleanly. */
  private List<LabeledSentence.Span> trim(List<String> tokens, LabeledSentence.Span span, EntityType type) {
    int start = span.start();
    int end = span.end();
    List<LabeledSentence.Span> out = new ArrayList<>();
    if (type == EntityType.PERSON) {
      // Titles, articles and demonyms before the name go; what follows the first name word stays.
      for (int i = start; i < end; i++) {
        String word = tokens.get(i);
        if (TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT)) || !isCapitalised(word)) {
          start = i + 1;
        } else if (demonyms.contains(word)) {
          out.add(new LabeledSentence.Span(i, i + 1, NerTypes.modelName(EntityType.MISC)));
          start = i + 1;
        } else {
          break;
        }
      }
    }
    while (start < end && (!isCapitalised(tokens.get(start)) || isArticle(tokens.get(start)))) {
      start++;
    }
    while (end > start && !isCapitalised(tokens.get(end - 1))) {
      end--;
    }
    if (start >= end) {
      return out;
    }
    for (int i = start; i < end; i++) {
      String word = tokens.get(i);
      if (!isCapitalised(word) && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    if (end - start == 1 && tokens.get(start).equals("I")) {
      return out;
    }
    EntityType finalType = end - start == 1 && demonyms.contains(tokens.get(start)) ? EntityType.MISC : type;
    out.add(new LabeledSentence.Span(start, end, NerTypes.modelName(finalType)));
    return out;
  }

  private static boolean isArticle(String word) {
    return word.equals("The") || word.equals("A") || word.equals("An");
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
  }
}
