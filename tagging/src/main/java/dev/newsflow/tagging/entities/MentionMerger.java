package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.entities.rules.NameBoundaries;
import dev.newsflow.tagging.entities.rules.NameWords;
import dev.newsflow.tagging.entities.rules.RuleNameFinder;
import dev.newsflow.tagging.nlp.Sentence;
import dev.newsflow.tagging.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Combines the mentions of several finders into one non-overlapping set. The policy, in order:
 * <ol>
 *   <li><b>Junk out.</b> A mention without a capital letter, a lone function word, pronoun, day or month, or a lone
 *       capitalised word at a sentence start (or in a headline) that is usually written in lower case ("Details",
 *       "According", "However") is dropped, unless the knowledge base knows it as a person or organisation. A
 *       leading "The" and a trailing possessive are trimmed off. A person mention loses a leading title or role
 *       ("Organiser", "Chief Executive"; not "Mr."), and a one-word person mention that is the head word of a kind
 *       of name ("Harbour", "River", "Homes") is dropped unless the knowledge base or a longer person name in the
 *       document ends in it.</li>
 *   <li><b>Boundaries.</b> Confident rule mentions (confidence at least {@value #STRONG_RULE}) win over everything
 *       they overlap: the patterns know where a name starts ("Secretary of State | Marco Rubio"). Otherwise the
 *       longer span wins ("New York Times" over "New York"), then the more confident one.</li>
 *   <li><b>Type.</b> The winner keeps its type, except that an unambiguous knowledge-base match (gazetteer
 *       confidence at least {@value #SURE_KB}) over exactly the same span overrides a type another finder gave
 *       with confidence below {@value #UNSURE}.</li>
 *   <li><b>Whole names</b> ({@link NameBoundaries}): two person mentions with only a space between are one name; a
 *       generational suffix ("Jr.") and a number after a designator ("Terminal 3") join the name before them.</li>
 * </ol>
 * Thread-safe.
 */
public final class MentionMerger {

  static final double STRONG_RULE = 0.7;
  static final double SURE_KB = 0.8;
  static final double UNSURE = 0.6;

  private final KnowledgeBase kb;
  private final NameBoundaries boundaries = new NameBoundaries();

  public MentionMerger(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** The merged mentions, sorted by start offset. */
  public List<Mention> merge(String text, List<Sentence> sentences, List<Mention> candidates) {
    Positions positions = Positions.of(sentences, kb);
    for (Mention m : candidates) {
      int space = m.text().lastIndexOf(' ');
      if (m.type() == EntityType.PERSON && space > 0) {
        positions.personNameEnds.add(m.text().substring(space + 1));
      }
    }
    List<Mention> clean = new ArrayList<>(candidates.size());
    for (Mention m : candidates) {
      Mention c = clean(text, m, positions);
      if (c != null) {
        clean.add(c);
      }
    }
    List<Mention> ranked = new ArrayList<>(clean);
    ranked.sort(Comparator.comparingInt((Mention m) -> isStrongRule(m) ? 0 : 1)
        .thenComparingInt(m -> -(m.end() - m.start()))
        .thenComparingDouble(m -> -m.confidence())
        .thenComparingInt(m -> sourceOrder(m.source()))
        .thenComparingInt(Mention::start));
    List<Mention> chosen = new ArrayList<>();
    for (Mention m : ranked) {
      if (chosen.stream().noneMatch(m::overlaps)) {
        chosen.add(retype(m, clean));
      }
    }
    chosen.sort(Comparator.comparingInt(Mention::start));
    return boundaries.mend(text, sentences, chosen);
  }

  private static boolean isStrongRule(Mention m) {
    return RuleNameFinder.SOURCE.equals(m.source()) && m.confidence() >= STRONG_RULE;
  }

  private static int sourceOrder(String source) {
    return switch (source) {
      case RuleNameFinder.SOURCE -> 1;
      case GazetteerNameFinder.SOURCE -> 2;
      default -> 0; // the statistical model and any other finder
    };
  }

  /** A sure knowledge-base type over the same span beats an unsure type from another finder. */
  private static Mention retype(Mention winner, List<Mention> all) {
    if (GazetteerNameFinder.SOURCE.equals(winner.source()) || winner.confidence() >= UNSURE) {
      return winner;
    }
    for (Mention m : all) {
      if (m.start() == winner.start() && m.end() == winner.end() && GazetteerNameFinder.SOURCE.equals(m.source())
          && m.confidence() >= SURE_KB && m.type() != winner.type()) {
        return new Mention(winner.start(), winner.end(), m.type(), winner.text(), winner.source(),
            Math.max(winner.confidence(), m.confidence()));
      }
    }
    return winner;
  }

  /** The mention without junk around it, or null when it is junk altogether. */
  Mention clean(String text, Mention m, Positions positions) {
    int start = m.start();
    int end = Math.min(m.end(), text.length());
    // Trailing possessive and punctuation: "Russia's" → "Russia".
    String s = text.substring(start, end);
    if (s.endsWith("'s") || s.endsWith("’s")) {
      end -= 2;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
      end--;
    }
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    if (end <= start) {
      return null;
    }
    s = text.substring(start, end);
    // A leading article is not part of the name, unless the name is known with it ("The Hague").
    if ((s.startsWith("The ") || s.startsWith("the ")) && kb.lookup(s).isEmpty()) {
      start += 4;
      s = s.substring(4);
    }
    if (s.isEmpty() || s.chars().noneMatch(Character::isUpperCase)) {
      return null;
    }
    // "Organiser Priya Natarajan" at a sentence start: the capital of a common word is the sentence's, not the
    // name's. Only for persons, and not when the word is mostly a given name ("Mark", "Will") or the whole is known.
    int space = s.indexOf(' ');
    if (m.type() == EntityType.PERSON && space > 0 && positions.startLike(start)) {
      String first = s.substring(0, space);
      if (!KnowledgeBase.isAllCaps(first) && kb.isLowercaseWord(first) && !kb.isPersonNameWord(first)
          && kb.lookup(s).isEmpty()) {
        start += space + 1;
        s = s.substring(space + 1);
      }
    }
    // A title or role before a person's name is not part of it, wherever it stands ("Organiser Dana Holt", "Chief
    // Executive Dana Holt"); abbreviated honorifics ("Mr.", "Dr.") stay, the resolver reads them.
    if (m.type() == EntityType.PERSON) {
      int sp;
      while ((sp = s.indexOf(' ')) > 0 && !s.substring(0, sp).endsWith(".") && NameWords.isTitle(s.substring(0, sp))
          && kb.lookup(s).isEmpty()) {
        start += sp + 1;
        s = s.substring(sp + 1);
      }
    }
    boolean oneWord = s.indexOf(' ') < 0;
    // A lone head word of a kind of name ("Harbour", "River", "Homes", "Association") is nobody's name, unless
    // the knowledge base or a full name in the document says so ("Margaret Court" ... "Court").
    if (oneWord && m.type() == EntityType.PERSON && NameWords.isNameHead(s) && !kb.isPersonNameWord(s)
        && !knownAsPersonOrOrganisation(s) && !positions.endsPersonName(s)) {
      return null;
    }
    if (oneWord) {
      String lower = Shapes.lower(s);
      if ((Shapes.FUNCTION_WORDS.contains(lower) || Shapes.CALENDAR.contains(lower)) && !(KnowledgeBase.isAllCaps(s) && kb.hasExactAlias(s))) {
        return null;
      }
      if (positions.startLike(start) && !KnowledgeBase.isAllCaps(s) && kb.isLowercaseWord(s)
          && !knownAsPersonOrOrganisation(s)) {
        return null;
      }
    }
    if (start == m.start() && end == m.end()) {
      return m;
    }
    return new Mention(start, end, m.type(), s, m.source(), m.confidence());
  }

  private boolean knownAsPersonOrOrganisation(String s) {
    for (KbEntry e : kb.lookup(s)) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** Where sentences start (their first word) and which spans are headlines. */
  static final class Positions {
    private final Set<Integer> sentenceStarts = new HashSet<>();
    private final List<int[]> headlines = new ArrayList<>();
    /** The last words of the multi-word person candidates of the document. */
    private final Set<String> personNameEnds = new HashSet<>();

    static Positions of(List<Sentence> sentences, KnowledgeBase kb) {
      Positions p = new Positions();
      for (Sentence s : sentences) {
        for (Token t : s.tokens()) {
          if (Shapes.hasLetter(t.text())) {
            p.sentenceStarts.add(t.start());
            break;
          }
        }
        if (Shapes.isHeadline(s.tokens(), kb::isLowercaseWord)) {
          p.headlines.add(new int[] {s.start(), s.end()});
        }
      }
      return p;
    }

    boolean endsPersonName(String word) {
      return personNameEnds.contains(word);
    }

    boolean startLike(int offset) {
      if (sentenceStarts.contains(offset)) {
        return true;
      }
      for (int[] h : headlines) {
        if (offset >= h[0] && offset < h[1]) {
          return true;
        }
      }
      return false;
    }
  }
}
