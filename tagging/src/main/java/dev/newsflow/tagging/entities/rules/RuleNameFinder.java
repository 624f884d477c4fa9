package dev.newsflow.tagging.entities.rules;

import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.NameFinder;
import dev.newsflow.tagging.entities.Shapes;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Patterns news writing uses all the time, each general (no particular names):
 * <ul>
 *   <li>a title or role before a name: "President Volodymyr Zelensky", "Secretary of State Marco Rubio",
 *       "Putin aide Yuri Ushakov", "Mr. Smith", "spokeswoman Jane Doe" → PERSON;</li>
 *   <li>apposition: "Jane Doe, a spokeswoman for Acme Corp" → PERSON (and the organisation after "for"/"at");</li>
 *   <li>speech: "said John Smith", "John Smith said" (two or more capitalised words) → PERSON;</li>
 *   <li>organisation suffixes and heads: "Acme Inc", "Labour Party", "Ministry of Foreign Affairs",
 *       "University of Oxford", "Leeds United" → ORGANIZATION; event suffixes: "Asian Cup", "Japanese Grand Prix"
 *       → EVENT; "won the X League", "the X Series title" → EVENT; "Nobel Peace Prize", "X Awards" → MISC;
 *       "pro-Israeli", "anti-American" → MISC;</li>
 *   <li>other MISC names by their shape or a cue: named storms ("Hurricane X", the whole span), titles of works after
 *       "film", "song", "novel", ... (in quotes, or capitalised after "the film"), products ("&lt;maker&gt; Galaxy
 *       S25") and medicines after "drug", "vaccine", ...;</li>
 *   <li>"X-based" (and -born, -headquartered) → X LOCATION; "the X government" → X LOCATION; "based in X",
 *       "capital of X" → X LOCATION;</li>
 *   <li>sports results and tables ("Barcelona 2 Porto 1", "Parma 10 6 2 2 15 8 20"), and a town's name before a
 *       match verb ("Porto beat", "Milan won 2-1") or a player's role ("Milan coach"): its team → ORGANIZATION.</li>
 * </ul>
 * Where the knowledge base knows the name its type is used instead of the pattern's guess (so "the Russian
 * government" gives a MISC "Russian"). Each family is a {@link NameRule} of this package, run sentence by sentence
 * in the order below; the words they look for are resource files under {@code en/} ({@link RuleWords}).
 * Thread-safe.
 */
public final class RuleNameFinder implements NameFinder {

  public static final String SOURCE = "rule";

  /** Results lines and sports reports: they hold in headlines too. */
  private static final List<NameRule> ANY_LINE = List.of(new ResultLines(), new MatchReports(), new DatelineAgencies());
  /** The rest read capitalisation, which carries no signal in a headline. */
  private static final List<NameRule> PROSE = List.of(
      new TitledNames(),
      new NamesWithCountries(),
      new GivenNames(),
      new Appositions(),
      new Speakers(),
      new NamedStorms(),
      new WorkTitles(),
      new ProductNames(),
      new DrugNames(),
      new FirstMatch(new HeadedOrganisations(), SuffixedNames.EVENTS, new CompetitionNames(), SuffixedNames.AWARDS,
          SuffixedNames.NATURAL_FEATURES, SuffixedNames.ORGANISATIONS),
      new FirstMatch(new Affiliations(), new HyphenatedNames(), new GovernmentNames(), new LocativeNames()));

  private final KnowledgeBase kb;
  private final RuleWords words = RuleWords.english();

  public RuleNameFinder(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  @Override
  public List<Mention> find(String text, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      RuleContext sentence = new RuleContext(text, s.tokens(), kb, words);
      for (NameRule rule : ANY_LINE) {
        rule.find(sentence, out);
      }
      if (Shapes.isHeadline(s.tokens(), kb::isLowercaseWord)) {
        continue; // capitalisation carries no signal in a headline
      }
      for (NameRule rule : PROSE) {
        rule.find(sentence, out);
      }
    }
    return out;
  }
}
