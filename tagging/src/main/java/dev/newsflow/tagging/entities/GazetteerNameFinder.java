package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.Sentence;
import dev.newsflow.tagging.nlp.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds names the knowledge base knows: the longest alias match over tokens, case-aware. Guards against common
 * words that are also place names ("Reading", "Nice", "Split", "Mobile", "Bath"): a match must be capitalised, a
 * one-word match that is usually a lower-case word is ignored at a sentence start or in a headline and weak
 * elsewhere, a place inside a longer capitalised run ("Carson" in "Carson Wentz") is left alone, and so is a town
 * whose name is mostly a person's ("Martin"). The type
 * is the one most of the candidates' prior mass agrees on; the confidence is that share (how ambiguous the alias
 * is). Nationalities come out as MISC. Thread-safe.
 */
public final class GazetteerNameFinder implements NameFinder {

  public static final String SOURCE = "gazetteer";
  /** Towns smaller than this whose name is mostly a person's name are left alone. */
  static final long LARGE_PLACE = 1_000_000;
  private static final double BASE_CONFIDENCE = 0.9;

  private final KnowledgeBase kb;

  public GazetteerNameFinder(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  @Override
  public List<Mention> find(String text, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      boolean headline = Shapes.isHeadline(tokens, kb::isLowercaseWord);
      int i = 0;
      while (i < tokens.size()) {
        if (!Shapes.isCapitalisedWord(tokens.get(i).text())) {
          i++;
          continue;
        }
        KnowledgeBase.Match match = kb.longestMatch(tokens, i);
        Mention mention = match == null ? null : judge(text, tokens, match, headline);
        if (mention != null) {
          out.add(mention);
          i = match.end();
        } else {
          i++;
        }
      }
    }
    return out;
  }

  private Mention judge(String text, List<Token> tokens, KnowledgeBase.Match match, boolean headline) {
    Token first = tokens.get(match.start());
    Token last = tokens.get(match.end() - 1);
    boolean single = match.end() - match.start() == 1;
    String word = first.text();
    if (single && (Shapes.FUNCTION_WORDS.contains(Shapes.lower(word)) || Shapes.CALENDAR.contains(Shapes.lower(word)))
        && !(KnowledgeBase.isAllCaps(word) && kb.hasExactAlias(word))) {
      return null; // "Us", "May", "March"; but "US" is the country
    }
    double confidence = BASE_CONFIDENCE;
    boolean startLike = headline || Shapes.isSentenceStart(tokens, match.start());
    // "BAY" in capitals is still the word bay, unless the alias itself is written in capitals ("US", "WHO").
    if (single && kb.isLowercaseWord(word)
        && !(KnowledgeBase.isAllCaps(word) && match.entries().stream().anyMatch(e -> e.aliases().contains(word)))) {
      if (startLike) {
        return null;
      }
      confidence *= 0.6;
    }
    Map<EntityType, Long> mass = new EnumMap<>(EntityType.class);
    long total = 0;
    KbEntry top = null;
    for (KbEntry e : match.entries()) {
      mass.merge(e.type(), e.prior(), Long::sum);
      total += e.prior();
      if (top == null || e.prior() > top.prior()) {
        top = e;
      }
    }
    EntityType type = top.type();
    long best = 0;
    for (Map.Entry<EntityType, Long> m : mass.entrySet()) {
      if (m.getValue() > best) {
        best = m.getValue();
        type = m.getKey();
      }
    }
    confidence *= (double) best / Math.max(total, 1);
    boolean place = top.kind() == KbEntry.Kind.CITY || top.kind() == KbEntry.Kind.PLACE;
    if (!headline && place && insideLongerName(tokens, match)) {
      return null; // "Carson Wentz", "Spartak Moscow", "London Stock Exchange": part of another name
    }
    if (single && top.kind() == KbEntry.Kind.CITY && top.prior() < LARGE_PLACE && kb.isPersonNameWord(word)) {
      return null; // "Martin", "Murray": a surname far more often than the town
    }
    return new Mention(first.start(), last.end(), type, text.substring(first.start(), last.end()), SOURCE,
        confidence);
  }

  /** A capitalised word right before (not opening the sentence) or right after the match. */
  private static boolean insideLongerName(List<Token> tokens, KnowledgeBase.Match match) {
    int before = match.start() - 1;
    if (before >= 0 && !Shapes.isSentenceStart(tokens, before) && isNameWord(tokens.get(before).text())) {
      return true;
    }
    return match.end() < tokens.size() && isNameWord(tokens.get(match.end()).text());
  }

  private static boolean isNameWord(String w) {
    return Shapes.isCapitalisedWord(w) && !Shapes.FUNCTION_WORDS.contains(Shapes.lower(w))
        && !Shapes.CALENDAR.contains(Shapes.lower(w)) && !KnowledgeBase.isAllCaps(w);
  }
}
