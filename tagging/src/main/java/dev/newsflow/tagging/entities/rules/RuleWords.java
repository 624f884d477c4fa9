package dev.newsflow.tagging.entities.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the name rules look for, apart from the rules that apply them (policy as data): one resource file a
 * list under {@code en/}, each commented with what it is for. Read once; immutable and thread-safe.
 */
final class RuleWords {

  private static final String ENGLISH = "en/";

  /** Titles and roles before a person's name; never part of a name. */
  final Set<String> titles;
  /** Titles after which one capitalised word is a name. */
  final Set<String> strongTitles;
  /** "Mr", "Dr" without the period. */
  final Set<String> honorifics;
  /** Roles in "X, a ROLE for Y". */
  final Set<String> appositionRoles;
  final Set<String> organisationSuffixes;
  final Set<String> naturalFeatureSuffixes;
  final Set<String> organisationHeads;
  /** "of", "for", "on" after an organisation head. */
  final Set<String> organisationHeadPrepositions;
  final Set<String> eventSuffixes;
  /** Words after "the X" that make X a place: "government", "embassy". */
  final Set<String> governmentWords;
  /** "based in", "capital of". */
  final Set<String> locativeCues;
  /** The first words of the locative cues, to try a cue only where one can start. */
  final Set<String> locativeFirstWords;
  /** "pro", "anti", "non". */
  final Set<String> affiliationPrefixes;
  /** "based", "backed", "led", ... after "X-". */
  final Set<String> hyphenSuffixes;
  final Set<String> afterName;
  final Set<String> organisationPrepositions;
  final Set<String> organisationConnectives;
  final Set<String> nameParticles;
  final Set<String> matchVerbs;
  final Set<String> scoreVerbs;
  final Set<String> teamRoles;
  final Set<String> fixtureWords;
  /** "Prize", "Award": last words of award names (MISC). */
  final Set<String> awardSuffixes;
  /** "League", "Series": a competition where the sentence says so, else an organisation. */
  final Set<String> competitionHeads;
  /** "title", "season" after a competition's name. */
  final Set<String> competitionCues;
  /** "won", "leads" before "the" and a competition's name. */
  final Set<String> competitionVerbs;
  /** "Hurricane", "Typhoon", "Storm" before a storm's name. */
  final Set<String> stormWords;
  /** "Tropical", "Super" before a storm word. */
  final Set<String> stormModifiers;
  /** "film", "song", "novel": words before the title of a work. */
  final Set<String> workCues;
  /** "titled", "called", a comma: words between a work cue and a quoted title. */
  final Set<String> workTitleWords;
  /** "drug", "vaccine": words before the name of a medicine. */
  final Set<String> drugCues;
  /** Makers whose name before a model number makes a product. */
  final Set<String> productBrands;
  /** Evidence for the document's type vote: phrases after a name that make it an organisation. */
  final List<List<String>> organisationAfter;
  /** Phrases before a name that make it an organisation. */
  final List<List<String>> organisationBefore;
  /** Phrases after a name that make it a person. */
  final List<List<String>> personAfter;
  /** Phrases before a name that make it a place. */
  final List<List<String>> placeBefore;
  /** Nouns in an apposition ("X, a pump maker") that make X an organisation, a place or a person. */
  final Set<String> appositionOrganisationNouns;
  final Set<String> appositionPlaceNouns;
  final Set<String> appositionPersonNouns;
  /** "Jr.", "III" after a person's name. */
  final Set<String> nameSuffixes;
  /** "Greater", "Upper": before a place's name, part of it. */
  final Set<String> leadingPlaceWords;
  /** "Terminal", "Gate": a number after them belongs to the name. */
  final Set<String> designatorHeads;
  /** "Inc", "Corp", "FC": the name without them is the same organisation. */
  final Set<String> corporateSuffixes;
  /** "pro-Israeli": a listed prefix (first letter in either case), a hyphen, then the capitalised name. */
  final Pattern affiliation;
  /** "Lagos-based", "Kremlin-backed": capitalised words joined by hyphens, then a hyphen and a listed suffix. */
  final Pattern hyphenAdjective;

  private RuleWords(String dir) {
    titles = WordList.load(dir + "titles.txt");
    strongTitles = WordList.load(dir + "strong-titles.txt");
    honorifics = WordList.load(dir + "honorifics.txt");
    appositionRoles = WordList.load(dir + "apposition-roles.txt");
    organisationSuffixes = WordList.load(dir + "organisation-suffixes.txt");
    naturalFeatureSuffixes = WordList.load(dir + "natural-feature-suffixes.txt");
    organisationHeads = WordList.load(dir + "organisation-heads.txt");
    organisationHeadPrepositions = WordList.load(dir + "organisation-head-prepositions.txt");
    eventSuffixes = WordList.load(dir + "event-suffixes.txt");
    governmentWords = WordList.load(dir + "government-words.txt");
    locativeCues = WordList.load(dir + "locative-cues.txt");
    locativeFirstWords = firstWords(locativeCues);
    affiliationPrefixes = WordList.load(dir + "affiliation-prefixes.txt");
    hyphenSuffixes = WordList.load(dir + "hyphen-suffixes.txt");
    afterName = WordList.load(dir + "after-name.txt");
    organisationPrepositions = WordList.load(dir + "organisation-prepositions.txt");
    organisationConnectives = WordList.load(dir + "organisation-connectives.txt");
    nameParticles = WordList.load(dir + "name-particles.txt");
    matchVerbs = WordList.load(dir + "match-verbs.txt");
    scoreVerbs = WordList.load(dir + "score-verbs.txt");
    teamRoles = WordList.load(dir + "team-roles.txt");
    fixtureWords = WordList.load(dir + "fixture-words.txt");
    awardSuffixes = WordList.load(dir + "award-suffixes.txt");
    competitionHeads = WordList.load(dir + "competition-heads.txt");
    competitionCues = WordList.load(dir + "competition-cues.txt");
    competitionVerbs = WordList.load(dir + "competition-verbs.txt");
    stormWords = WordList.load(dir + "storm-words.txt");
    stormModifiers = WordList.load(dir + "storm-modifiers.txt");
    workCues = WordList.load(dir + "work-cues.txt");
    workTitleWords = WordList.load(dir + "work-title-words.txt");
    drugCues = WordList.load(dir + "drug-cues.txt");
    productBrands = WordList.load(dir + "product-brands.txt");
    organisationAfter = phrases(WordList.load(dir + "evidence-organisation-after.txt"));
    organisationBefore = phrases(WordList.load(dir + "evidence-organisation-before.txt"));
    personAfter = phrases(WordList.load(dir + "evidence-person-after.txt"));
    placeBefore = phrases(WordList.load(dir + "evidence-place-before.txt"));
    corporateSuffixes = WordList.load(dir + "corporate-suffixes.txt");
    nameSuffixes = WordList.load(dir + "name-suffixes.txt");
    designatorHeads = WordList.load(dir + "designator-heads.txt");
    leadingPlaceWords = WordList.load(dir + "leading-place-words.txt");
    appositionOrganisationNouns = WordList.load(dir + "apposition-organisation-nouns.txt");
    appositionPlaceNouns = WordList.load(dir + "apposition-place-nouns.txt");
    Set<String> people = new LinkedHashSet<>(appositionRoles);
    people.addAll(WordList.load(dir + "apposition-person-nouns.txt"));
    appositionPersonNouns = Set.copyOf(people);
    affiliation = Pattern.compile("(?:" + affiliationPrefixes.stream().map(RuleWords::eitherCaseFirst)
        .collect(Collectors.joining("|")) + ")-(\\p{Lu}[\\p{L}.]*)");
    hyphenAdjective = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?:-\\p{Lu}[\\p{L}.]*)*)-("
        + hyphenSuffixes.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")");
  }

  /** The English lists, read on first use. */
  static RuleWords english() {
    return Holder.ENGLISH_WORDS;
  }

  private static final class Holder {
    static final RuleWords ENGLISH_WORDS = new RuleWords(ENGLISH);
  }

  /** Each phrase as its words. */
  private static List<List<String>> phrases(Set<String> lines) {
    return lines.stream().map(p -> List.of(p.split(" "))).toList();
  }

  private static Set<String> firstWords(Set<String> phrases) {
    Set<String> out = new LinkedHashSet<>();
    for (String phrase : phrases) {
      out.add(phrase.split(" ")[0]);
    }
    return Set.copyOf(out);
  }

  /** "pro" as the regular expression {@code [Pp]ro}. */
  private static String eitherCaseFirst(String word) {
    char first = word.charAt(0);
    return "[" + Character.toUpperCase(first) + Character.toLowerCase(first) + "]" + Pattern.quote(word.substring(1));
  }
}
