package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.NameFinder;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.Sentence;
import dev.newsflow.tagging.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns news writing uses all the time, each general (no particular names):
 * <ul>
 *   <li>a title or role before a name: "President Volodymyr Zelensky", "Secretary of State Marco Rubio",
 *       "Putin aide Yuri Ushakov", "Mr. Smith", "spokeswoman Jane Doe" → PERSON;</li>
 *   <li>apposition: "Jane Doe, a spokeswoman for Acme Corp" → PERSON (and the organisation after "for"/"at");</li>
 *   <li>speech: "said John Smith", "John Smith said" (two or more capitalised words) → PERSON;</li>
 *   <li>organisation suffixes and heads: "Acme Inc", "Labour Party", "Ministry of Foreign Affairs",
 *       "University of Oxford", "Leeds United" → ORGANIZATION; event suffixes: "Asian Cup", "Japanese Grand Prix"
 *       → EVENT; "pro-Israeli", "anti-American" → MISC;</li>
 *   <li>"X-based" (and -born, -headquartered) → X LOCATION; "the X government" → X LOCATION; "based in X",
 *       "capital of X" → X LOCATION;</li>
 *   <li>sports results and tables ("Barcelona 2 Porto 1", "Parma 10 6 2 2 15 8 20"), and a town's name before a
 *       match verb ("Porto beat", "Milan won 2-1") or a player's role ("Milan coach"): its team → ORGANIZATION.</li>
 * </ul>
 * Where the knowledge base knows the name its type is used instead of the pattern's guess (so "the Russian
 * government" gives a MISC "Russian"). Thread-safe.
 */
public final class RuleNameFinder implements NameFinder {

  public static final String SOURCE = "rule";

  /** The word lists, resources under {@code en/} (see {@link RuleWords}). */
  private static final RuleWords WORDS = RuleWords.english();

  /** Titles and roles that precede a person's name (lower case; the last word of multi-word titles). */
  private static final Set<String> TITLES = WORDS.titles;
  /** Titles strong enough that even a single capitalised word after them is a name. */
  private static final Set<String> STRONG_TITLES = WORDS.strongTitles;
  /** Mr/Mrs/Ms/Dr without the period, as British copy writes them. */
  private static final Set<String> HONORIFICS = WORDS.honorifics;
  /** Roles in "X, a ROLE for Y". */
  private static final Set<String> APPOSITION_ROLES = WORDS.appositionRoles;
  /** Last words of organisation names. */
  private static final Set<String> ORG_SUFFIXES = WORDS.organisationSuffixes;
  /** Last words of the names of natural features: "Lea River", "Rocky Mountains", "Gulf of ..." is the gazetteer's. */
  private static final Set<String> PLACE_SUFFIXES = WORDS.naturalFeatureSuffixes;
  /** Heads of "X of Y" organisation names. */
  private static final Set<String> ORG_HEADS = WORDS.organisationHeads;
  private static final Set<String> GOVERNMENT_WORDS = WORDS.governmentWords;
  private static final Set<String> LOCATIVE_CUES = WORDS.locativeCues;
  /** Last words of event names. */
  private static final Set<String> EVENT_SUFFIXES = WORDS.eventSuffixes;
  private static final Pattern AFFILIATION = WORDS.affiliation;
  private static final Set<String> AFFILIATION_PREFIXES = WORDS.affiliationPrefixes;
  private static final Set<String> HYPHEN_SUFFIXES = WORDS.hyphenSuffixes;
  private static final Set<String> AFTER_NAME = WORDS.afterName;
  private static final Set<String> ORG_PREPOSITIONS = WORDS.organisationPrepositions;
  private static final Set<String> ORG_CONNECTIVES = WORDS.organisationConnectives;
  private static final Set<String> LOCATIVE_FIRST_WORDS = WORDS.locativeFirstWords;
  private static final Set<String> NAME_PARTICLES = WORDS.nameParticles;
  private static final Pattern HYPHEN_ADJECTIVE = WORDS.hyphenAdjective;

  private final KnowledgeBase kb;

  public RuleNameFinder(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  @Override
  public List<Mention> find(String text, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      resultLines(text, tokens, out);
      teamsInReports(text, tokens, out);
      if (Shapes.isHeadline(tokens, kb::isLowercaseWord)) {
        continue; // capitalisation carries no signal in a headline
      }
      titles(text, tokens, out);
      namesWithCountries(text, tokens, out);
      givenNames(text, tokens, out);
      appositions(text, tokens, out);
      speech(text, tokens, out);
      organisations(text, tokens, out);
      places(text, tokens, out);
    }
    return out;
  }

  // --- titles and roles ------------------------------------------------------------------------------------------

  private void titles(String text, List<Token> tokens, List<Mention> out) {
    for (int i = 0; i < tokens.size() - 1; i++) {
      // Every name after a title starts with a capital: skip the lookups otherwise.
      if (!Shapes.isCapitalisedWord(tokens.get(i + 1).text()) && !",".equals(tokens.get(i + 1).text())
          && !"of".equals(tokens.get(i + 1).text())) {
        continue;
      }
      String w = Shapes.lower(tokens.get(i).text());
      boolean honorific = HONORIFICS.contains(w) && Shapes.startsUpper(tokens.get(i).text());
      if (!TITLES.contains(w) && !honorific) {
        int hyphen = w.lastIndexOf('-');
        if (hyphen < 0 || !TITLES.contains(w.substring(hyphen + 1))) {
          continue; // "Lieutenant-General", "Vice-Admiral" count as their last part
        }
        w = w.substring(hyphen + 1);
      }
      int nameStart = i + 1;
      // "his special envoy, Steve Witkoff, ...": the name set off by commas after the role.
      if (",".equals(tokens.get(nameStart).text()) && nameStart + 1 < tokens.size()) {
        int run = nameRun(tokens, nameStart + 1);
        int after = nameStart + 1 + run;
        if (run >= 2 && (after == tokens.size() || AFTER_NAME.contains(tokens.get(after).text()))) {
          String name = text.substring(tokens.get(nameStart + 1).start(), tokens.get(after - 1).end());
          if (!knownAsOtherThanPerson(name)) {
            out.add(mention(text, tokens, nameStart + 1, after, EntityType.PERSON, 0.7));
            i = after - 1;
          }
        }
        continue;
      }
      // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Sergei Lavrov": skip the office's complement.
      if ("of".equals(tokens.get(nameStart).text()) && nameStart + 1 < tokens.size()) {
        int run = nameRun(tokens, nameStart + 1);
        if (run < 2) {
          continue;
        }
        int nameLength = run >= 3 ? 2 : 1;
        nameStart = nameStart + 1 + run - nameLength;
      }
      // "defender German Dietmar Beiersdorfer": a nationality before the name is not part of it.
      while (nameStart < tokens.size() - 1 && isNationality(tokens.get(nameStart).text())) {
        nameStart++;
      }
      int end = nameRun(tokens, nameStart);
      if (end == 0) {
        continue;
      }
      boolean strong = STRONG_TITLES.contains(w) || honorific;
      if (end == 1 && !strong) {
        continue;
      }
      int last = nameStart + end - 1;
      String name = text.substring(tokens.get(nameStart).start(), tokens.get(last).end());
      if (knownAsOtherThanPerson(name) || Shapes.CALENDAR.contains(Shapes.lower(name))) {
        continue;
      }
      out.add(mention(text, tokens, nameStart, last + 1, EntityType.PERSON, strong ? 0.85 : 0.7));
      i = last;
    }
  }

  /** How many tokens from {@code i} make a name: capitalised words, initials, particles inside ("van der"). */
  private static int nameRun(List<Token> tokens, int i) {
    int n = 0;
    while (i + n < tokens.size() && n < 4) {
      String w = tokens.get(i + n).text();
      String lw = Shapes.lower(w);
      if (Shapes.isCapitalisedWord(w) && !Shapes.FUNCTION_WORDS.contains(lw) && !Shapes.CALENDAR.contains(lw)
          && !TITLES.contains(lw)) {
        n++;
      } else if (n > 0 && NAME_PARTICLES.contains(w) && i + n + 1 < tokens.size()
          && Shapes.isCapitalisedWord(tokens.get(i + n + 1).text())) {
        n++;
      } else {
        break;
      }
    }
    return n;
  }

  private boolean isNationality(String word) {
    return kb.lookup(word).stream().anyMatch(e -> e.kind() == KbEntry.Kind.DEMONYM);
  }

  private boolean knownAsOtherThanPerson(String name) {
    List<KbEntry> known = kb.lookup(name);
    return !known.isEmpty() && known.stream().noneMatch(e -> e.type() == EntityType.PERSON);
  }

  // --- "Jane Doe (Canada)", given names -------------------------------------------------------------------------

  /** A name of two or more words followed by a country in brackets, as results lists and bylines write people. */
  private void namesWithCountries(String text, List<Token> tokens, List<Mention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      int run = nameRun(tokens, i);
      int open = i + run;
      if (run < 2 || open + 2 >= tokens.size() || !"(".equals(tokens.get(open).text())) {
        i += Math.max(run - 1, 0);
        continue;
      }
      int close = open + 1;
      while (close < tokens.size() && close < open + 5 && !")".equals(tokens.get(close).text())) {
        close++;
      }
      if (close >= tokens.size() || !")".equals(tokens.get(close).text()) || close == open + 1) {
        continue;
      }
      String inside = text.substring(tokens.get(open + 1).start(), tokens.get(close - 1).end());
      boolean country = kb.lookup(inside).stream()
          .anyMatch(e -> e.kind() == KbEntry.Kind.COUNTRY || e.kind() == KbEntry.Kind.DEMONYM);
      String name = text.substring(tokens.get(i).start(), tokens.get(open - 1).end());
      if (country && !knownAsOtherThanPerson(name)) {
        out.add(mention(text, tokens, i, open, EntityType.PERSON, 0.75));
      }
      i = close;
    }
  }

  /**
   * A word mostly used as a person's name followed by more capitalised words ("Katja Seizinger"): a person, unless
   * the words are a name the knowledge base types otherwise or end like an organisation.
   */
  private void givenNames(String text, List<Token> tokens, List<Mention> out) {
    for (int i = 0; i < tokens.size() - 1; i++) {
      if (!kb.isPersonNameWord(tokens.get(i).text())) {
        continue;
      }
      int run = nameRun(tokens, i);
      if (run < 2) {
        continue;
      }
      int end = i + run;
      String last = tokens.get(end - 1).text();
      String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
      if (ORG_SUFFIXES.contains(last) || knownAsOtherThanPerson(name) || knownAsOtherThanPerson(last)) {
        i = end - 1;
        continue;
      }
      out.add(mention(text, tokens, i, end, EntityType.PERSON, 0.55));
      i = end - 1;
    }
  }

  // --- "X, a spokesman for Y" ------------------------------------------------------------------------------------

  private void appositions(String text, List<Token> tokens, List<Mention> out) {
    for (int c = 1; c < tokens.size() - 2; c++) {
      if (!",".equals(tokens.get(c).text())) {
        continue;
      }
      String det = Shapes.lower(tokens.get(c + 1).text());
      if (!det.equals("a") && !det.equals("an") && !det.equals("the")) {
        continue;
      }
      int role = -1;
      for (int k = c + 2; k < Math.min(tokens.size(), c + 6); k++) {
        if (APPOSITION_ROLES.contains(Shapes.lower(tokens.get(k).text()))) {
          role = k;
          break;
        }
      }
      if (role < 0) {
        continue;
      }
      int start = c;
      while (start > 0 && c - start < 4 && Shapes.isCapitalisedWord(tokens.get(start - 1).text())
          && !Shapes.FUNCTION_WORDS.contains(Shapes.lower(tokens.get(start - 1).text()))) {
        start--;
      }
      if (start < c) {
        String name = text.substring(tokens.get(start).start(), tokens.get(c - 1).end());
        if (!knownAsOtherThanPerson(name)) {
          out.add(mention(text, tokens, start, c, EntityType.PERSON, c - start >= 2 ? 0.75 : 0.6));
        }
      }
      // "... for Acme Corp", "... at the University of X": the organisation.
      int prep = role + 1;
      if (prep < tokens.size() && ORG_PREPOSITIONS.contains(tokens.get(prep).text())) {
        int orgStart = prep + 1;
        if (orgStart < tokens.size() && "the".equals(tokens.get(orgStart).text())) {
          orgStart++;
        }
        int run = orgRun(tokens, orgStart);
        if (run > 0) {
          String org = text.substring(tokens.get(orgStart).start(), tokens.get(orgStart + run - 1).end());
          EntityType type = knownType(org, EntityType.ORGANIZATION);
          out.add(mention(text, tokens, orgStart, orgStart + run, type, 0.6));
        }
      }
    }
  }

  /** Capitalised words, with "of"/"and"/"for" inside when followed by another capitalised word. */
  private static int orgRun(List<Token> tokens, int i) {
    int n = 0;
    while (i + n < tokens.size() && n < 8) {
      String w = tokens.get(i + n).text();
      if (Shapes.isCapitalisedWord(w) && !Shapes.CALENDAR.contains(Shapes.lower(w))) {
        n++;
      } else if (n > 0 && ORG_CONNECTIVES.contains(w) && i + n + 1 < tokens.size()
          && Shapes.isCapitalisedWord(tokens.get(i + n + 1).text())) {
        n++;
      } else {
        break;
      }
    }
    return n;
  }

  // --- speech -------------------------------------------------------------------------------------------------

  private void speech(String text, List<Token> tokens, List<Mention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      if (!w.equals("said") && !w.equals("says") && !w.equals("told")) {
        continue;
      }
      // "..., said John Smith." / "..., said John Smith, a ..."
      int after = nameRun(tokens, i + 1);
      if (w.equals("said") && after >= 2 && (i + 1 + after == tokens.size()
          || !Shapes.hasLetter(tokens.get(i + 1 + after).text()))) {
        addSpeaker(text, tokens, i + 1, i + 1 + after, out);
      }
      // "John Smith said ..." where the name opens a clause.
      int start = i;
      while (start > 0 && i - start < 4 && Shapes.isCapitalisedWord(tokens.get(start - 1).text())) {
        start--;
      }
      if (i - start >= 2 && (start == 0 || !Shapes.hasLetter(tokens.get(start - 1).text()))
          && !Shapes.FUNCTION_WORDS.contains(Shapes.lower(tokens.get(start).text()))) {
        addSpeaker(text, tokens, start, i, out);
      }
    }
  }

  private void addSpeaker(String text, List<Token> tokens, int start, int end, List<Mention> out) {
    String name = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    String lastWord = tokens.get(end - 1).text();
    if (ORG_SUFFIXES.contains(lastWord) || !kb.lookup(name).isEmpty() || TITLES.contains(Shapes.lower(lastWord))) {
      return; // an organisation, or a name the knowledge base types itself
    }
    for (int k = start; k < end; k++) {
      String lw = Shapes.lower(tokens.get(k).text());
      if (TITLES.contains(lw) || Shapes.CALENDAR.contains(lw)) {
        return;
      }
    }
    out.add(mention(text, tokens, start, end, EntityType.PERSON, 0.55));
  }

  // --- organisations ---------------------------------------------------------------------------------------------

  private void organisations(String text, List<Token> tokens, List<Mention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      // "Ministry of Foreign Affairs", "University of Oxford"
      if (ORG_HEADS.contains(w) && i + 2 < tokens.size() && "of".equals(tokens.get(i + 1).text())) {
        int compStart = i + 2;
        if ("the".equals(tokens.get(compStart).text()) && compStart + 1 < tokens.size()) {
          compStart++;
        }
        int run = orgRun(tokens, compStart);
        if (run > 0) {
          int start = leadingCaps(tokens, i);
          out.add(mention(text, tokens, start, compStart + run, EntityType.ORGANIZATION, 0.75));
          i = compStart + run - 1;
          continue;
        }
      }
      // "Asian Cup", "Japanese Grand Prix", "Winter Olympics": capitalised words ending in an event word.
      if (EVENT_SUFFIXES.contains(w) && i > 0) {
        int start = leadingCaps(tokens, i);
        if (start < i) {
          out.add(mention(text, tokens, start, i + 1, EntityType.EVENT, 0.75));
          continue;
        }
      }
      // "Lea River", "Rocky Mountains": capitalised words ending in a natural-feature word.
      boolean nameGoesOn = i + 1 < tokens.size() && Shapes.isCapitalisedWord(tokens.get(i + 1).text());
      if (PLACE_SUFFIXES.contains(w) && i > 0 && !nameGoesOn) { // "Green Valley Party" is not a valley
        int start = leadingCaps(tokens, i);
        if (start < i) {
          out.add(mention(text, tokens, start, i + 1, EntityType.LOCATION, 0.75));
          continue;
        }
      }
      // "Acme Inc", "Labour Party", "Leeds United": capitalised words ending in an organisation word.
      if (ORG_SUFFIXES.contains(w) && i > 0) {
        int start = leadingCaps(tokens, i);
        if (start < i) {
          out.add(mention(text, tokens, start, i + 1, EntityType.ORGANIZATION, 0.75));
        }
      }
    }
  }

  /** The first of the capitalised words running up to token {@code i} (not a sentence-opening "The"). */
  private static int leadingCaps(List<Token> tokens, int i) {
    int start = i;
    while (start > 0 && i - start < 5 && Shapes.isCapitalisedWord(tokens.get(start - 1).text())
        && !Shapes.FUNCTION_WORDS.contains(Shapes.lower(tokens.get(start - 1).text()))
        && !Shapes.CALENDAR.contains(Shapes.lower(tokens.get(start - 1).text()))) {
      start--;
    }
    return start;
  }

  // --- results lines ---------------------------------------------------------------------------------------------

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)?");

  /** Names each followed by numbers, two or more of them, or one opening the line with three or more numbers. */
  private void resultLines(String text, List<Token> tokens, List<Mention> out) {
    List<int[]> names = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int run = 0;
      while (i + run < tokens.size() && run < 3 && Shapes.isCapitalisedWord(tokens.get(i + run).text())) {
        run++;
      }
      if (run == 0) {
        i++;
        continue;
      }
      int j = i + run;
      int numbers = 0;
      while (j < tokens.size() && NUMBER.matcher(tokens.get(j).text()).matches()) {
        numbers++;
        j++;
      }
      if (numbers > 0) {
        names.add(new int[] {i, i + run, numbers});
      }
      i = j;
    }
    boolean table = names.size() == 1 && names.get(0)[2] >= 3 && Shapes.isSentenceStart(tokens, names.get(0)[0]);
    if (names.size() < 2 && !table) {
      return;
    }
    for (int[] n : names) {
      String name = text.substring(tokens.get(n[0]).start(), tokens.get(n[1] - 1).end());
      KbEntry top = kb.lookup(name).stream().max((a, b) -> Long.compare(a.prior(), b.prior())).orElse(null);
      if (top != null && (top.kind() == KbEntry.Kind.CITY || top.kind() == KbEntry.Kind.PLACE)) {
        out.add(mention(text, tokens, n[0], n[1], EntityType.ORGANIZATION, 0.75));
      }
    }
  }

  /** Verbs that make the town before them a team whatever else the sentence says ("Porto beat ..."). */
  private static final Set<String> MATCH_VERBS = WORDS.matchVerbs;
  /** Verbs that do so when the sentence also has a score ("Milan won 2-1"). */
  private static final Set<String> SCORE_VERBS = WORDS.scoreVerbs;
  /** Roles that make the town before them a team: "Milan coach", "Porto striker". */
  private static final Set<String> TEAM_ROLES = WORDS.teamRoles;
  private static final Set<String> FIXTURE_WORDS = WORDS.fixtureWords;
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");

  /** A town's name as the subject of a match verb, or before a player's role, in a sports report: its team. */
  private void teamsInReports(String text, List<Token> tokens, List<Mention> out) {
    boolean score = false;
    for (Token t : tokens) {
      if (SCORE.matcher(t.text()).matches()) {
        score = true;
        break;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      int run = 0;
      while (i + run < tokens.size() && run < 3 && Shapes.isCapitalisedWord(tokens.get(i + run).text())) {
        run++;
      }
      if (run == 0 || i + run >= tokens.size()) {
        continue;
      }
      String next = tokens.get(i + run).text();
      // Fixtures: "Bologna v Piacenza", "Bologna (4) v Piacenza (13)".
      int after = i + run;
      if ("(".equals(next) && after + 2 < tokens.size() && ")".equals(tokens.get(after + 2).text())) {
        after += 3;
      }
      boolean fixture = after < tokens.size() && FIXTURE_WORDS.contains(tokens.get(after).text());
      boolean fixtureAway = i >= 1 && FIXTURE_WORDS.contains(tokens.get(i - 1).text());
      boolean team = MATCH_VERBS.contains(next) || score && SCORE_VERBS.contains(next) || TEAM_ROLES.contains(next)
          || fixture || fixtureAway;
      if (team) {
        String name = text.substring(tokens.get(i).start(), tokens.get(i + run - 1).end());
        KbEntry top = kb.lookup(name).stream().max((a, b) -> Long.compare(a.prior(), b.prior())).orElse(null);
        if (top != null && (top.kind() == KbEntry.Kind.CITY || top.kind() == KbEntry.Kind.PLACE)) {
          out.add(mention(text, tokens, i, i + run, EntityType.ORGANIZATION, 0.7));
        }
      }
      i += run - 1;
    }
  }

  // --- places ----------------------------------------------------------------------------------------------------

  private void places(String text, List<Token> tokens, List<Mention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      // "pro-Israeli", "anti-American": the whole word is a MISC name in news conventions.
      int dash = t.text().lastIndexOf('-');
      String prefix = dash > 0 ? Shapes.lower(t.text().substring(0, t.text().indexOf('-'))) : "";
      Matcher affiliation = AFFILIATION_PREFIXES.contains(prefix) ? AFFILIATION.matcher(t.text()) : null;
      if (affiliation != null && affiliation.matches() && kb.lookup(affiliation.group(1)).stream()
          .anyMatch(e -> e.kind() == KbEntry.Kind.DEMONYM || e.kind() == KbEntry.Kind.GROUP)) {
        out.add(new Mention(t.start(), t.end(), EntityType.MISC, t.text(), SOURCE, 0.7));
        continue;
      }
      Matcher m = dash > 0 && Character.isUpperCase(t.text().charAt(0))
          && HYPHEN_SUFFIXES.contains(t.text().substring(dash + 1)) ? HYPHEN_ADJECTIVE.matcher(t.text()) : null;
      if (m != null && m.matches()) {
        String name = m.group(1);
        EntityType type = knownType(name, null);
        if (type == null && (m.group(2).equals("based") || m.group(2).equals("headquartered"))) {
          type = EntityType.LOCATION;
        }
        if (type != null) {
          out.add(new Mention(t.start(), t.start() + name.length(), type, name, SOURCE, 0.7));
        }
        continue;
      }
      // "the X government", "the X embassy"
      if (("the".equals(t.text()) || "The".equals(t.text())) && i + 2 < tokens.size()) {
        int run = nameRun(tokens, i + 1);
        int after = i + 1 + run;
        if (run > 0 && after < tokens.size() && GOVERNMENT_WORDS.contains(Shapes.lower(tokens.get(after).text()))) {
          String name = text.substring(tokens.get(i + 1).start(), tokens.get(after - 1).end());
          out.add(mention(text, tokens, i + 1, after, knownType(name, EntityType.LOCATION), 0.6));
        }
      }
      // "based in X", "capital of X"
      if (i + 2 < tokens.size() && LOCATIVE_FIRST_WORDS.contains(t.text())) {
        String cue = t.text() + " " + tokens.get(i + 1).text();
        if (LOCATIVE_CUES.contains(cue)) {
          int run = nameRun(tokens, i + 2);
          if (run > 0) {
            String name = text.substring(tokens.get(i + 2).start(), tokens.get(i + 1 + run).end());
            out.add(mention(text, tokens, i + 2, i + 2 + run, knownType(name, EntityType.LOCATION), 0.7));
          }
        }
      }
    }
  }

  /** The knowledge base's type for {@code name} (the most likely entry), or {@code fallback}. */
  private EntityType knownType(String name, EntityType fallback) {
    List<KbEntry> known = kb.lookup(name);
    return known.stream().max((a, b) -> Long.compare(a.prior(), b.prior())).map(KbEntry::type).orElse(fallback);
  }

  private static Mention mention(String text, List<Token> tokens, int from, int to, EntityType type,
      double confidence) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    return new Mention(start, end, type, text.substring(start, end), SOURCE, confidence);
  }
}
