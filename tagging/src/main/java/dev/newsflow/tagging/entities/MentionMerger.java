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
 *       document ends in it. Scores are never part of a name ("Giulia Moretti 6-4 3-6" → "Giulia Moretti"); a
 *       nationality before a given name is not part of the person's name ("Italian Giulia Moretti"); a person's
 *       name stops at a lower-case word that is no name particle ("Santiago Arrieta of Team X"); a kind of
 *       organisation opening a sentence is not part of the name after it ("Carmaker Orbit Motors"), and neither
 *       is a common word followed by lower-case words ("Copper miner Codelco"); a lone word at a sentence start
 *       that the document also writes in lower case ("Copper prices rose" after "tonnes of copper") is no name;
 *       in a headline a name stops at a common word ("DUARTE WINS FIRST ..." → "DUARTE").</li>
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
    boolean known = !kb.lookup(s).isEmpty();
    // Scores are never inside a name: "Italian Giulia Moretti 6-4 3-6 6-2".
    int cut = s.length();
    while (cut > 0) {
      int sp = s.lastIndexOf(' ', cut - 1);
      if (sp <= 0 || !isScore(s.substring(sp + 1, cut))) {
        break;
      }
      cut = sp;
    }
    if (cut < s.length()) {
      end = start + cut;
      s = s.substring(0, cut);
    }
    EntityType type = m.type();
    // A nationality before a given name is the person's description, not part of the name: "Italian Giulia
    // Moretti" (the model sometimes spans both as one MISC name).
    String[] words = s.split(" ");
    if (!known && words.length >= 3 && (type == EntityType.PERSON || type == EntityType.MISC)
        && isNationality(words[0]) && looksLikePersonalName(words)) {
      start += words[0].length() + 1;
      s = s.substring(words[0].length() + 1);
      type = EntityType.PERSON;
      words = s.split(" ");
    }
    // A sentence's opening word that is a kind of organisation ("Carmaker Orbit Motors", "Start-up Tidewell"), or
    // a word followed by lower-case words that are no particles ("Copper miner Codelco"), is not part of the name
    // after it.
    if (positions.startLike(start) && type != EntityType.LOCATION && !known) {
      String[] ws = s.split(" ");
      int drop = 0;
      if (ws.length >= 2 && NameWords.isOrganisationKind(ws[0])) {
        drop = 1;
      } else if (ws.length >= 3 && !KnowledgeBase.isAllCaps(ws[0])
          && !kb.isPersonNameWord(ws[0]) && !NameWords.isNameHead(ws[0]) && isLowerContentWord(ws[1])) {
        // a name does not go on with a lower-case word that is no particle, so the opening capital is the sentence's
        drop = 1;
        while (drop < ws.length - 1 && isLowerContentWord(ws[drop])) {
          drop++;
        }
      }
      if (drop > 0 && Shapes.startsUpper(ws[drop])) {
        int skip = 0;
        for (int w = 0; w < drop; w++) {
          skip += ws[w].length() + 1;
        }
        start += skip;
        s = s.substring(skip);
      }
    }
    // A person's name stops at a lower-case word that is no particle: "Santiago Arrieta of Team Orbis".
    if (type == EntityType.PERSON && !known) {
      words = s.split(" ");
      int len = 0;
      for (int w = 0; w < words.length; w++) {
        String word = words[w];
        if (w > 0 && Character.isLowerCase(word.charAt(0)) && !NameWords.isNameParticle(word)
            && !word.startsWith("al-")) {
          s = s.substring(0, len - 1);
          end = start + s.length();
          break;
        }
        len += word.length() + 1;
      }
    }
    // In a headline a name stops at a common word: "DUARTE WINS FIRST GRAND SLAM TITLE" → "DUARTE".
    if (positions.inHeadline(start) && !known) {
      String[] ws = s.split(" ");
      if (ws.length >= 3) {
        for (int w = 1; w < ws.length; w++) {
          if (isHeadlineBreak(ws[w])) {
            int keep = 0;
            for (int k = 0; k < w; k++) {
              keep += ws[k].length() + 1;
            }
            s = s.substring(0, keep - 1);
            end = start + s.length();
            break;
          }
        }
      }
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
      // "Copper prices rose" where the document writes "copper" elsewhere: the capital is the sentence's.
      if (positions.startLike(start) && !KnowledgeBase.isAllCaps(s) && positions.writtenInLowerCase(s)
          && !knownAsPersonOrOrganisation(s)) {
        return null;
      }
    }
    if (start == m.start() && end == m.end() && type == m.type()) {
      return m;
    }
    return new Mention(start, end, type, s, m.source(), m.confidence());
  }

  /** "6-4", "2-1": a score or result, never part of a name. */
  static boolean isScore(String word) {
    int dash = word.indexOf('-');
    return dash > 0 && dash < word.length() - 1 && word.chars().allMatch(c -> Character.isDigit(c) || c == '-');
  }

  /**
   * Whether the words after a nationality look like a person's name: a given name first, or only capitalised words
   * that are neither common words nor heads of other kinds of names ("Italian Grand Prix", "Chinese New Year" are
   * not), up to the first lower-case word.
   */
  private boolean looksLikePersonalName(String[] words) {
    if (kb.isPersonNameWord(words[1])) {
      return true;
    }
    int n = 0;
    for (int w = 1; w < words.length && Shapes.startsUpper(words[w]); w++, n++) {
      String word = words[w];
      if (KnowledgeBase.isAllCaps(word) || kb.isLowercaseWord(word) || NameWords.isNameHead(word)) {
        return false;
      }
    }
    return n >= 2;
  }

  private boolean isNationality(String word) {
    return kb.lookup(word).stream().anyMatch(e -> e.kind() == KbEntry.Kind.DEMONYM);
  }

  /** A lower-case word that carries meaning ("miner", "prices"), not a connective ("of", "the", "and"). */
  private static boolean isLowerContentWord(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !Shapes.FUNCTION_WORDS.contains(word)
        && !NameWords.isNameParticle(word);
  }

  /** A word a headline's name cannot run across: a common word that is no connective or head of a name. */
  private boolean isHeadlineBreak(String word) {
    String lower = Shapes.lower(word);
    if (Shapes.FUNCTION_WORDS.contains(lower) || NameWords.isNameParticle(lower) || !Shapes.hasLetter(word)) {
      return false;
    }
    String asName = word.substring(0, 1) + lower.substring(1);
    return kb.isLowercaseWord(word) && !NameWords.isNameHead(asName) && !kb.isPersonNameWord(asName)
        && !kb.hasExactAlias(asName);
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
    /** Words the document writes in lower case. */
    private final Set<String> lowerCaseWords = new HashSet<>();

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
        for (Token t : s.tokens()) {
          String w = t.text();
          if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
            p.lowerCaseWords.add(w);
          }
        }
      }
      return p;
    }

    /** Whether the document writes {@code word} (or its singular or plural) in lower case somewhere. */
    boolean writtenInLowerCase(String word) {
      String w = Shapes.lower(word);
      return lowerCaseWords.contains(w) || lowerCaseWords.contains(w + "s")
          || w.endsWith("s") && lowerCaseWords.contains(w.substring(0, w.length() - 1));
    }

    boolean inHeadline(int offset) {
      for (int[] h : headlines) {
        if (offset >= h[0] && offset < h[1]) {
          return true;
        }
      }
      return false;
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
