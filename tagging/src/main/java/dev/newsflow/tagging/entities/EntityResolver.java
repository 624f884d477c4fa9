package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a document's merged mentions into entities.
 * <ol>
 *   <li><b>Document consistency.</b> Every surface form keeps one type, the confidence-weighted majority of its
 *       mentions; a form tagged once is tagged wherever else it occurs in the text (whole tokens, same case), and
 *       so is the surname of a person named in full.</li>
 *   <li><b>Linking.</b> A mention whose text is an alias of knowledge-base entries of its type links to the one
 *       that fits the document best: a city or region in a country the document mentions first, else the largest
 *       prior (population).</li>
 *   <li><b>Consolidation.</b> Mentions linked to one entry are one entity named by the entry ("U.S." and "United
 *       States"); an unlinked surname or honorific form ("Mr. Putin", "Witkoff") joins the one full name of the
 *       same type in the document; other mentions group by their text.</li>
 *   <li><b>Salience</b> in 0..1: each mention weighs 1, plus 2 in the title, plus 1 in the lead (the first two
 *       sentences), plus up to 0.5 the earlier it comes; an entity's sum is divided by the largest sum.</li>
 * </ol>
 * Thread-safe.
 */
public final class EntityResolver {

  static final String CONSISTENCY_SOURCE = "document";
  private static final double TITLE_WEIGHT = 2.0;
  private static final double LEAD_WEIGHT = 1.0;
  private static final double EARLY_WEIGHT = 0.5;
  private static final int LEAD_SENTENCES = 2;
  private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr",
      "Prof.", "Sir", "Dame", "Lord");
  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();

  /** The resolved document: mentions (offsets into the text) with the entity each belongs to, and entities. */
  public record Resolution(List<Mention> mentions, List<Integer> entityOfMention, List<Entity> entities) {
    public Resolution {
      mentions = List.copyOf(mentions);
      entityOfMention = List.copyOf(entityOfMention);
      entities = List.copyOf(entities);
    }
  }

  private final KnowledgeBase kb;

  public EntityResolver(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /**
   * @param titleMentions mentions found in the title (offsets into the title; they weigh in salience and names)
   * @param text the clean text
   * @param sentences its sentences
   * @param mentions the merged mentions in the text
   */
  public Resolution resolve(List<Mention> titleMentions, String text, List<Sentence> sentences,
      List<Mention> mentions) {
    mentions = nameWordsArePeople(titleMentions, mentions);
    Map<String, EntityType> types = majorityTypes(titleMentions, mentions);
    List<Mention> all = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      EntityType t = types.getOrDefault(m.text(), m.type());
      all.add(t == m.type() ? m : new Mention(m.start(), m.end(), t, m.text(), m.source(), m.confidence()));
    }
    all.addAll(propagate(text, sentences, all, types));
    all.sort(Comparator.comparingInt(Mention::start));

    // Linking and grouping, over text mentions and then title mentions.
    Set<String> countries = documentCountries(all, titleMentions);
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Group> order = new ArrayList<>();
    List<Mention> both = new ArrayList<>(all);
    both.addAll(titleMentions);
    List<Group> byMention = new ArrayList<>();
    for (Mention m : both) {
      String surface = withoutHonorific(m.text());
      KbEntry entry = link(surface, m.type(), countries);
      String key = entry != null
          ? "kb\t" + m.type() + "\t" + (entry.id() != null ? entry.id() : entry.name())
          : "name\t" + m.type() + "\t" + surface.toLowerCase(Locale.ROOT);
      Group g = groups.computeIfAbsent(key, k -> {
        Group n = new Group(m.type(), entry);
        order.add(n);
        return n;
      });
      g.surfaces.merge(surface, 1, Integer::sum);
      byMention.add(g);
    }
    consolidatePeople(order, byMention);

    // Salience and output.
    int lead = leadEnd(sentences);
    double[] score = new double[order.size()];
    Map<Group, Integer> index = new HashMap<>();
    for (int k = 0; k < order.size(); k++) {
      index.put(order.get(k), k);
    }
    for (int k = 0; k < both.size(); k++) {
      Group g = byMention.get(k).root();
      Mention m = both.get(k);
      boolean inTitle = k >= all.size();
      double w = 1.0;
      if (inTitle) {
        w += TITLE_WEIGHT;
      } else {
        if (m.start() < lead) {
          w += LEAD_WEIGHT;
        }
        w += EARLY_WEIGHT * (1.0 - (double) m.start() / Math.max(1, text.length()));
        g.spans.add(new Span(m.start(), m.end()));
      }
      g.count++;
      score[index.get(g)] += w;
    }
    double max = 0;
    for (int k = 0; k < order.size(); k++) {
      if (order.get(k).root() == order.get(k)) {
        max = Math.max(max, score[k]);
      }
    }
    List<Group> roots = new ArrayList<>();
    Map<Group, Double> salience = new HashMap<>();
    for (int k = 0; k < order.size(); k++) {
      Group g = order.get(k);
      if (g.root() == g) {
        roots.add(g);
        salience.put(g, max == 0 ? 0 : Math.round(score[k] / max * 10_000) / 10_000.0);
      }
    }
    roots.sort(Comparator.comparingDouble((Group g) -> -salience.get(g))
        .thenComparingInt(g -> g.spans.isEmpty() ? Integer.MAX_VALUE : g.spans.get(0).start()));
    List<Entity> entities = new ArrayList<>(roots.size());
    Map<Group, Integer> entityIndex = new HashMap<>();
    for (Group g : roots) {
      entityIndex.put(g, entities.size());
      g.spans.sort(Comparator.comparingInt(Span::start));
      entities.add(new Entity(g.name(), g.type, g.entry == null ? null : g.entry.linkId(), g.count,
          salience.get(g), g.spans));
    }
    List<Integer> entityOf = new ArrayList<>(all.size());
    for (int k = 0; k < all.size(); k++) {
      entityOf.add(entityIndex.get(byMention.get(k).root()));
    }
    return new Resolution(all, entityOf, entities);
  }

  // --- document consistency --------------------------------------------------------------------------------------

  private static Map<String, EntityType> majorityTypes(List<Mention> titleMentions, List<Mention> mentions) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    for (List<Mention> list : List.of(titleMentions, mentions)) {
      for (Mention m : list) {
        votes.computeIfAbsent(m.text(), k -> new EnumMap<>(EntityType.class))
            .merge(m.type(), Math.max(m.confidence(), 0.01), Double::sum);
      }
    }
    Map<String, EntityType> out = new HashMap<>();
    votes.forEach((text, v) -> out.put(text,
        v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    return out;
  }

  /**
   * A lone word the gazetteer took for a town or region, where the document names a person with that surname
   * ("Lara" after "Brian Lara"), is that person.
   */
  private List<Mention> nameWordsArePeople(List<Mention> titleMentions, List<Mention> mentions) {
    Set<String> parts = new HashSet<>();
    for (List<Mention> list : List.of(titleMentions, mentions)) {
      for (Mention m : list) {
        if (m.type() == EntityType.PERSON) {
          String[] words = withoutHonorific(m.text()).split(" ");
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
  private List<Mention> propagate(String text, List<Sentence> sentences, List<Mention> mentions,
      Map<String, EntityType> types) {
    boolean[] covered = new boolean[text.length()];
    for (Mention m : mentions) {
      Arrays.fill(covered, m.start(), Math.min(m.end(), text.length()), true);
    }
    Map<String, EntityType> forms = new LinkedHashMap<>();
    for (Mention m : mentions) {
      forms.putIfAbsent(m.text(), types.getOrDefault(m.text(), m.type()));
      if (m.type() == EntityType.PERSON) {
        List<Token> words = TOKENIZER.tokenize(withoutHonorific(m.text()));
        if (words.size() >= 2) {
          String surname = words.get(words.size() - 1).text();
          if (surname.length() > 2 && Shapes.isCapitalisedWord(surname) && !kb.isLowercaseWord(surname)
              && knownOnlyAsPerson(surname)) {
            forms.putIfAbsent(surname, EntityType.PERSON);
          }
        }
      }
    }
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
            CONSISTENCY_SOURCE, 0.5));
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

  // --- linking ---------------------------------------------------------------------------------------------------

  /** Countries the document names (countries themselves, their demonyms). */
  private Set<String> documentCountries(List<Mention> mentions, List<Mention> titleMentions) {
    Set<String> out = new HashSet<>();
    for (List<Mention> list : List.of(mentions, titleMentions)) {
      for (Mention m : list) {
        if (m.type() == EntityType.LOCATION || m.type() == EntityType.MISC) {
          for (KbEntry e : kb.lookup(m.text())) {
            if ((e.kind() == KbEntry.Kind.COUNTRY || e.kind() == KbEntry.Kind.DEMONYM) && e.country() != null) {
              out.add(e.country());
            }
          }
        }
      }
    }
    return out;
  }

  /** The entry {@code surface} refers to given its type and the document's countries, or null. */
  KbEntry link(String surface, EntityType type, Set<String> countries) {
    KbEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (KbEntry e : kb.lookup(surface)) {
      if (e.type() != type) {
        continue;
      }
      double score = Math.log10(e.prior() + 1.0);
      if (e.kind() == KbEntry.Kind.COUNTRY) {
        score += 1.0;
      } else if (e.country() != null && countries.contains(e.country())) {
        score += 0.75; // a namesake in a country the text is about; population still counts more
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  // --- consolidation ---------------------------------------------------------------------------------------------

  /** A group of mentions that becomes one entity; joined groups point at the group they joined. */
  private static final class Group {
    final EntityType type;
    final KbEntry entry;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    final List<Span> spans = new ArrayList<>();
    int count;
    Group parent;

    Group(EntityType type, KbEntry entry) {
      this.type = type;
      this.entry = entry;
    }

    Group root() {
      Group g = this;
      while (g.parent != null) {
        g = g.parent;
      }
      return g;
    }

    String name() {
      if (entry != null) {
        return entry.name();
      }
      return surfaces.entrySet().stream()
          .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> wordCount(e.getKey()))
              .thenComparingInt(Map.Entry::getValue))
          .map(Map.Entry::getKey).orElse("");
    }
  }

  /**
   * A person group known by one or two words that end (or start) the name of exactly one other person group with
   * more words joins it: "Putin" and "Mr. Putin" join "Vladimir Putin".
   */
  private static void consolidatePeople(List<Group> groups, List<Group> byMention) {
    Map<Group, String[]> names = new HashMap<>();
    for (Group g : groups) {
      if (g.type == EntityType.PERSON) {
        names.put(g, longestSurface(g).split(" "));
      }
    }
    for (Group g : groups) {
      if (g.type != EntityType.PERSON || g.entry != null) {
        continue;
      }
      String[] words = names.get(g);
      Group target = null;
      boolean ambiguous = false;
      for (Group other : groups) {
        if (other == g || other.type != EntityType.PERSON || other.root() == g) {
          continue;
        }
        String[] full = names.get(other);
        if (full.length > words.length && (endsWith(full, words) || startsWith(full, words))) {
          if (target != null && target.root() != other.root()) {
            ambiguous = true;
          }
          target = other;
        }
      }
      if (target != null && !ambiguous) {
        g.parent = target.root();
        Group root = g.parent;
        g.surfaces.forEach((s, n) -> root.surfaces.merge(s, 0, Integer::sum));
      }
    }
  }

  private static String longestSurface(Group g) {
    if (g.entry != null) {
      return g.entry.name();
    }
    return g.surfaces.keySet().stream().max(Comparator.comparingInt(EntityResolver::wordCount)).orElse("");
  }

  private static boolean endsWith(String[] full, String[] part) {
    for (int k = 0; k < part.length; k++) {
      if (!full[full.length - part.length + k].equals(part[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(String[] full, String[] part) {
    for (int k = 0; k < part.length; k++) {
      if (!full[k].equals(part[k])) {
        return false;
      }
    }
    return true;
  }

  private static int wordCount(String s) {
    return s.isEmpty() ? 0 : s.split(" ").length;
  }

  static String withoutHonorific(String s) {
    int space = s.indexOf(' ');
    if (space > 0 && HONORIFICS.contains(s.substring(0, space))) {
      return s.substring(space + 1).strip();
    }
    return s;
  }

  /** Where the lead (the first sentences) ends. */
  private static int leadEnd(List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return 0;
    }
    return sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
  }
}
