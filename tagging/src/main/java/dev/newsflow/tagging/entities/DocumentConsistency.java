package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.entities.rules.NamedStorms;
import dev.newsflow.tagging.entities.rules.TypeEvidence;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Sentence;
import dev.newsflow.tagging.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver's first step, document consistency: every surface form keeps one type, decided by a vote of its
 * mentions' confidences (title mentions vote too) and the document's evidence about unknown names
 * ({@link TypeEvidence}: "X said in a statement", "X, a pump maker", "Harbor Mills Inc" for "Harbor Mills", ...);
 * an acronym spelled out in brackets and a named storm's bare name take the type of the long form outright. A form
 * tagged once is tagged wherever else it occurs in the text (whole tokens, same case), and so are the surname of a
 * person named in full, a storm's bare name and a spelled-out acronym. Before the vote, a lone word the gazetteer
 * took for a town, where the document names a person with that surname, becomes that person. Thread-safe.
 */
final class DocumentConsistency {

  /** The source of mentions added by propagation. */
  static final String SOURCE = "document";
  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();

  private final KnowledgeBase kb;
  private final TypeEvidence evidence;

  DocumentConsistency(KnowledgeBase kb) {
    this.kb = kb;
    this.evidence = new TypeEvidence(kb);
  }

  /** The text mentions retyped by majority, plus the propagated ones, sorted by start offset. */
  List<Mention> apply(List<Mention> titleMentions, String text, List<Sentence> sentences, List<Mention> mentions) {
    mentions = nameWordsArePeople(titleMentions, mentions);
    Map<String, EntityType> types = majorityTypes(titleMentions, text, sentences, mentions);
    List<Mention> all = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      EntityType t = types.getOrDefault(m.text(), m.type());
      all.add(t == m.type() ? m : new Mention(m.start(), m.end(), t, m.text(), m.source(), m.confidence()));
    }
    all.addAll(propagate(text, sentences, all, types));
    all.sort(Comparator.comparingInt(Mention::start));
    return all;
  }

  /**
   * The type of each surface form: the confidence-weighted votes of its mentions plus what the document's contexts
   * say ({@link TypeEvidence}); an acronym spelled out in the text and a storm's bare name are decided outright.
   */
  Map<String, EntityType> majorityTypes(List<Mention> titleMentions, String text, List<Sentence> sentences,
      List<Mention> mentions) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    for (List<Mention> list : List.of(titleMentions, mentions)) {
      for (Mention m : list) {
        votes.computeIfAbsent(m.text(), k -> new EnumMap<>(EntityType.class))
            .merge(m.type(), Math.max(m.confidence(), 0.01), Double::sum);
      }
    }
    evidence.votes(text, sentences, mentions).forEach((form, v) -> {
      Map<EntityType, Double> own = votes.get(form);
      if (own != null) { // evidence weighs in on names found; it does not make names
        v.forEach((type, weight) -> own.merge(type, weight, Double::sum));
      }
    });
    Map<String, EntityType> out = new HashMap<>();
    votes.forEach((form, v) -> out.put(form,
        v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    out.putAll(evidence.acronyms(text, mentions));
    // A storm's bare name is the storm wherever it stands alone ("Hurricane Elda ... Elda weakened").
    for (List<Mention> list : List.of(titleMentions, mentions)) {
      for (Mention m : list) {
        String storm = NamedStorms.nameOf(m.text());
        if (storm != null) {
          out.put(storm, out.getOrDefault(m.text(), m.type()));
        }
      }
    }
    return out;
  }

  /**
   * A lone word the gazetteer took for a town or region, where the document names a person with that surname
   * ("Lara" after "Brian Lara"), is that person.
   */
  List<Mention> nameWordsArePeople(List<Mention> titleMentions, List<Mention> mentions) {
    Set<String> parts = new HashSet<>();
    for (List<Mention> list : List.of(titleMentions, mentions)) {
      for (Mention m : list) {
        if (m.type() == EntityType.PERSON) {
          String[] words = Honorifics.strip(m.text()).split(" ");
          if (words.length >= 2) {
            parts.add(words[words.length - 1]);
          }
        }
      }
    }
    if (parts.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.type() == EntityType.LOCATION && GazetteerNameFinder.SOURCE.equals(m.source()) && parts.contains(m.text())
          && kb.lookup(m.text()).stream().noneMatch(e -> e.kind() == KbEntry.Kind.COUNTRY)) {
        out.add(new Mention(m.start(), m.end(), EntityType.PERSON, m.text(), m.source(), 0.6));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** Untagged occurrences of tagged forms (and of the surnames of people named in full). */
  List<Mention> propagate(String text, List<Sentence> sentences, List<Mention> mentions,
      Map<String, EntityType> types) {
    boolean[] covered = new boolean[text.length()];
    for (Mention m : mentions) {
      Arrays.fill(covered, m.start(), Math.min(m.end(), text.length()), true);
    }
    Map<String, EntityType> forms = new LinkedHashMap<>();
    for (Mention m : mentions) {
      forms.putIfAbsent(m.text(), types.getOrDefault(m.text(), m.type()));
      String storm = NamedStorms.nameOf(m.text());
      if (storm != null) {
        forms.putIfAbsent(storm, types.getOrDefault(storm, m.type()));
      }
      if (m.type() == EntityType.PERSON) {
        List<Token> words = TOKENIZER.tokenize(Honorifics.strip(m.text()));
        if (words.size() >= 2) {
          String surname = words.get(words.size() - 1).text();
          if (surname.length() > 2 && Shapes.isCapitalisedWord(surname) && !kb.isLowercaseWord(surname)
              && knownOnlyAsPerson(surname)) {
            forms.putIfAbsent(surname, EntityType.PERSON);
          }
        }
      }
    }
    evidence.acronyms(text, mentions).forEach(forms::putIfAbsent);
    // Index the text's tokens by their text to find each form quickly.
    Map<String, List<int[]>> at = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      for (int t = 0; t < tokens.size(); t++) {
        at.computeIfAbsent(tokens.get(t).text(), k -> new ArrayList<>(2)).add(new int[] {s, t});
      }
    }
    List<Mention> added = new ArrayList<>();
    Map<Integer, Boolean> headlines = new HashMap<>();
    for (Map.Entry<String, EntityType> form : forms.entrySet()) {
      List<Token> words = TOKENIZER.tokenize(form.getKey());
      if (words.isEmpty()) {
        continue;
      }
      for (int[] pos : at.getOrDefault(words.get(0).text(), List.of())) {
        List<Token> tokens = sentences.get(pos[0]).tokens();
        if (!sameWords(tokens, pos[1], words)) {
          continue;
        }
        Token first = tokens.get(pos[1]);
        Token last = tokens.get(pos[1] + words.size() - 1);
        if (isCovered(covered, first.start(), last.end())) {
          continue;
        }
        if (words.size() == 1 && kb.isLowercaseWord(first.text()) && (Shapes.isSentenceStart(tokens, pos[1])
            || headlines.computeIfAbsent(pos[0], k -> Shapes.isHeadline(tokens, kb::isLowercaseWord)))) {
          continue;
        }
        Arrays.fill(covered, first.start(), last.end(), true);
        added.add(new Mention(first.start(), last.end(), form.getValue(), text.substring(first.start(), last.end()),
            SOURCE, 0.5));
      }
    }
    return added;
  }

  private boolean knownOnlyAsPerson(String word) {
    return kb.lookup(word).stream().allMatch(e -> e.type() == EntityType.PERSON);
  }

  private static boolean sameWords(List<Token> tokens, int from, List<Token> words) {
    if (from + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(from + k).text().equals(words.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCovered(boolean[] covered, int start, int end) {
    for (int k = start; k < end; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }
}
