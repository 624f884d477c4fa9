package dev.newsflow.enrich.stories;

import dev.newsflow.schema.Entity;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.StoryEntity;
import dev.newsflow.schema.StoryTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which story an article belongs to: finds candidate stories through keys (salient linked entities and pairs
 * of telling title terms, so no scan of all stories), scores each by text similarity, shared entities and time
 * distance (see {@link StorySettings}), and joins the best one above the threshold or starts a new story. An article
 * that matches two live stories strongly merges them: two instances can start two stories for one event at the same
 * moment, and the next report of it brings them together.
 *
 * <p>Thread-safe (immutable); {@link #decide} only reads the index.
 */
public final class StoryMatcher {

  /** Salient entities of an article used as keys: the few the article is about. */
  static final int ENTITY_KEYS = 3;
  /** Salient entities of an article compared with a story's. */
  static final int ENTITIES_COMPARED = 5;
  /** Title terms paired into keys (10 pairs). */
  static final int TITLE_KEY_TERMS = 5;
  /** Strongest profile terms of a story paired into extra keys (6 pairs). */
  static final int PROFILE_KEY_TERMS = 4;
  /** Salience below this still counts a little: some taggers give 0 to every entity. */
  private static final double MIN_ENTITY_WEIGHT = 0.05;
  private static final int MAX_MERGE_HOPS = 16;


  /** The parts of a score (see {@link StorySettings}); {@link #total} combines them. */
  record Score(double text, double entities, double decay) {}

  private final StorySettings settings;

  public StoryMatcher(StorySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public StorySettings settings() {
    return settings;
  }

  /** Keys to look candidate stories up under: the article's most salient entities and pairs of its title terms. */
  public List<String> keys(StoryArticle article) {
    Set<String> keys = new LinkedHashSet<>();
    salient(article.entities(), ENTITY_KEYS).forEach(e -> keys.add(entityKey(e)));
    keys.addAll(termKeys(titleKeyTerms(article.title())));
    return List.copyOf(keys);
  }

  /**
   * Keys a story is indexed under: its top entities, pairs of its headline's terms (the same rule as for an
   * article's title) and pairs of its strongest profile terms. A one-article story's keys contain its article's.
   */
  public List<String> keys(Story story) {
    Set<String> keys = new LinkedHashSet<>();
    for (StoryEntity entity : story.getEntities()) {
      keys.add(entityKey(entity.getKbId(), entity.getType(), entity.getName()));
    }
    keys.addAll(termKeys(titleKeyTerms(story.getHeadline())));
    List<String> strongest = story.getTerms().stream()
        .sorted(Comparator.comparingDouble(StoryTerm::getWeight).reversed().thenComparing(StoryTerm::getTerm))
        .limit(PROFILE_KEY_TERMS).map(StoryTerm::getTerm).sorted().toList();
    keys.addAll(pairs(strongest));
    return List.copyOf(keys);
  }

  /** The distinct terms of the article to count in {@link TermStatistics#add} once it is assigned. */
  public Set<String> distinctTerms(StoryArticle article) {
    return StoryTerms.distinct(article.title(), article.lead());
  }

  /** The story the article belongs to. Pure: reads the index, changes nothing. */
  public StoryDecision decide(StoryArticle article, StoryIndex index) {
    String known = index.storyOfArticle(article.id());
    if (known != null) {
      return new StoryDecision(resolve(known, index), false, List.of()); // redelivered: its story id never changes
    }
    if (article.duplicateOf() != null) {
      String original = index.storyOfArticle(article.duplicateOf());
      if (original != null) {
        return new StoryDecision(resolve(original, index), false, List.of());
      }
    }
    Scorer scorer = new Scorer(article, index);
    List<Match> matches = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String key : keys(article)) {
      for (String storyId : index.storiesUnder(key, settings.candidateLimit())) {
        if (!seen.add(storyId)) {
          continue;
        }
        Story story = index.story(storyId);
        if (story == null || story.getMergedInto() != null || gap(article.time(), story) > horizonMillis()) {
          continue;
        }
        Score score = scorer.score(story);
        if (score.text() >= settings.minTextSimilarity() && total(score) >= settings.threshold()) {
          matches.add(new Match(story, total(score)));
        }
      }
    }
    if (matches.isEmpty()) {
      return new StoryDecision(Stories.idFor(article), true, List.of());
    }
    matches.sort(BEST_FIRST);
    Match best = matches.get(0);
    List<Story> group = new ArrayList<>();
    group.add(best.story());
    for (Match other : matches.subList(1, matches.size())) {
      // A merge is for good: the other story must match strongly and read like the best one, not just share words
      // with the article.
      if (other.score() >= settings.mergeThreshold()
          && scorer.storySimilarity(best.story(), other.story()) >= settings.minTextSimilarity()) {
        group.add(other.story());
      }
    }
    Story survivor = group.stream().min(Stories.SURVIVOR_ORDER).orElseThrow();
    List<String> merged = group.stream().map(Story::getId).filter(id -> !id.equals(survivor.getId()))
        .sorted().toList();
    return new StoryDecision(survivor.getId(), false, merged);
  }

  /** The parts of the article's score with one story (for tests and tuning). */
  Score score(StoryArticle article, Story story, StoryIndex index) {
    return new Scorer(article, index).score(story);
  }

  double total(Score score) {
    return (score.text() + settings.entityWeight() * score.entities()) * score.decay();
  }

  private record Match(Story story, double score) {}

  private static final Comparator<Match> BEST_FIRST =
      Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.story().getId());

  /** Scores one article against candidate stories, with the article's vector and IDFs computed once. */
  private final class Scorer {
    private final StoryArticle article;
    private final TermStatistics terms;
    private final Map<String, Double> idfs = new HashMap<>();
    private final Map<String, Double> vector = new HashMap<>();
    private final Map<String, Double> entityWeights = new HashMap<>();
    private final double entityTotal;
    private final Set<String> articleNameTerms = new HashSet<>();
    /** Per-call caches: candidate stories share entities (a country, a company), so each is worked out once. */
    private final Map<String, List<String>> nameTokens = new HashMap<>();
    private final Map<StoryEntity, String> storyEntityKeys = new HashMap<>();

    Scorer(StoryArticle article, StoryIndex index) {
      this.article = article;
      this.terms = index.terms();
      for (Map.Entry<String, Double> e : StoryTerms.profile(article.title(), article.lead()).entrySet()) {
        vector.put(e.getKey(), e.getValue() * idf(e.getKey()));
      }
      double total = 0;
      for (Entity entity : salient(article.entities(), ENTITIES_COMPARED)) {
        double w = Math.max(MIN_ENTITY_WEIGHT, entity.getSalience());
        if (entityWeights.putIfAbsent(entityKey(entity), w) == null) {
          total += w;
        }
      }
      this.entityTotal = total;
      for (Entity entity : article.entities()) {
        articleNameTerms.addAll(StoryTerms.tokens(entity.getName()));
      }
    }

    Score score(Story story) {
      return new Score(textSimilarity(story), entityOverlap(story), decay(gap(article.time(), story)));
    }

    /**
     * Cosine of the article's TF-IDF vector with the story's term profile (term frequencies, no IDF). IDF once, on
     * the article's side, is enough to let rare shared words count more, and it keeps scoring to the article's own
     * document-frequency reads (a store read each in the topology) however many candidates there are. Words of entity names (of the article's or the story's
     * entities) count {@link StorySettings#entityTermWeight} times: the entities are scored on their own, and
     * counting a company's name again as text would let two events about one company read alike.
     */
    private double textSimilarity(Story story) {
      List<String> storyNames = new ArrayList<>();
      for (StoryEntity entity : story.getEntities()) {
        storyNames.addAll(nameTokens.computeIfAbsent(entity.getName(), StoryTerms::tokens));
      }
      double discount = settings.entityTermWeight();
      double dot = 0;
      double storySquares = 0;
      for (StoryTerm term : story.getTerms()) {
        boolean name = articleNameTerms.contains(term.getTerm()) || storyNames.contains(term.getTerm());
        double w = term.getWeight() * (name ? discount : 1.0);
        storySquares += w * w;
        Double a = vector.get(term.getTerm());
        if (a != null) {
          dot += a * w * (name ? discount : 1.0);
        }
      }
      double articleSquares = 0;
      for (Map.Entry<String, Double> e : vector.entrySet()) {
        boolean name = articleNameTerms.contains(e.getKey()) || storyNames.contains(e.getKey());
        double w = e.getValue() * (name ? discount : 1.0);
        articleSquares += w * w;
      }
      return storySquares == 0 || articleSquares == 0 ? 0 : dot / Math.sqrt(storySquares * articleSquares);
    }

    /** How much of the article's salient entities the story's articles name, weighted by salience and share. */
    private double entityOverlap(Story story) {
      if (entityTotal == 0 || story.getArticleCount() <= 0) {
        return 0;
      }
      double shared = 0;
      for (StoryEntity entity : story.getEntities()) {
        Double w = entityWeights.get(storyEntityKey(entity));
        if (w != null) {
          shared += w * Math.min(1.0, (double) entity.getArticles() / story.getArticleCount());
        }
      }
      return Math.min(1.0, shared / entityTotal);
    }

    private String storyEntityKey(StoryEntity entity) {
      return entity.getKbId() != null && !entity.getKbId().isBlank() ? "e:" + entity.getKbId().strip()
          : storyEntityKeys.computeIfAbsent(entity, e -> entityKey(null, e.getType(), e.getName()));
    }

    /** IDF-weighted cosine of two stories' profiles: do they read alike? */
    double storySimilarity(Story a, Story b) {
      Map<String, Double> left = new HashMap<>();
      double leftSquares = 0;
      for (StoryTerm term : a.getTerms()) {
        double w = term.getWeight() * idf(term.getTerm());
        left.put(term.getTerm(), w);
        leftSquares += w * w;
      }
      double dot = 0;
      double rightSquares = 0;
      for (StoryTerm term : b.getTerms()) {
        double w = term.getWeight() * idf(term.getTerm());
        rightSquares += w * w;
        dot += w * left.getOrDefault(term.getTerm(), 0.0);
      }
      return leftSquares == 0 || rightSquares == 0 ? 0 : dot / Math.sqrt(leftSquares * rightSquares);
    }

    /** Smoothed IDF: about 1 for a term every article has, never infinite, sane with few articles. */
    private double idf(String term) {
      return idfs.computeIfAbsent(term,
          t -> Math.log((terms.documents() + 1.0) / (terms.frequency(t) + 1.0)) + 1.0);
    }
  }

  private double decay(long gapMillis) {
    return Math.pow(0.5, (double) gapMillis / settings.decayHalfLife().toMillis());
  }

  private long horizonMillis() {
    return settings.horizon().toMillis();
  }

  /** Time from the article to the story's span of articles; 0 inside it. */
  static long gap(long time, Story story) {
    long first = story.getFirstArticleAt().toEpochMilli();
    long last = story.getLastArticleAt().toEpochMilli();
    return time < first ? first - time : time > last ? time - last : 0;
  }

  /** Follows mergedInto to the surviving story (bounded, in case of a cycle in bad data). */
  static String resolve(String storyId, StoryIndex index) {
    String id = storyId;
    for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      Story story = index.story(id);
      if (story == null || story.getMergedInto() == null || story.getMergedInto().equals(id)) {
        return id;
      }
      id = story.getMergedInto();
    }
    return id;
  }

  /** The most salient entities, distinct by key, ties by key so the choice is stable. */
  static List<Entity> salient(List<Entity> entities, int limit) {
    Set<String> keys = new LinkedHashSet<>();
    List<Entity> chosen = new ArrayList<>();
    entities.stream()
        .sorted(Comparator.comparingDouble(Entity::getSalience).reversed()
            .thenComparing(StoryMatcher::entityKey))
        .forEach(e -> {
          if (chosen.size() < limit && keys.add(entityKey(e))) {
            chosen.add(e);
          }
        });
    return chosen;
  }

  static String entityKey(Entity entity) {
    return entityKey(entity.getKbId(), entity.getType().name(), entity.getName());
  }

  /** A linked entity's knowledge-base id, else its type and folded name. */
  static String entityKey(String kbId, String type, String name) {
    if (kbId != null && !kbId.isBlank()) {
      return "e:" + kbId.strip();
    }
    StringBuilder key = new StringBuilder(name.length() + type.length() + 3).append("e:").append(type).append(':');
    boolean space = false;
    for (char c : StoryTerms.fold(name).strip().toCharArray()) {
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * The title terms keys are made of: the longest distinct ones (length is a fair, index-free sign of a telling
   * word), ties alphabetical, then sorted so a pair reads the same from any article.
   */
  static List<String> titleKeyTerms(String title) {
    return new LinkedHashSet<>(StoryTerms.tokens(title)).stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .limit(TITLE_KEY_TERMS).sorted().toList();
  }

  private static List<String> termKeys(List<String> terms) {
    return terms.size() == 1 ? List.of("t:" + terms.get(0)) : pairs(terms);
  }

  private static List<String> pairs(List<String> sortedTerms) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < sortedTerms.size(); i++) {
      for (int j = i + 1; j < sortedTerms.size(); j++) {
        pairs.add("t:" + sortedTerms.get(i) + "|" + sortedTerms.get(j));
      }
    }
    return pairs;
  }
}
