package dev.newsflow.enrich.stories;

import dev.newsflow.schema.Entity;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.StoryEntity;
import dev.newsflow.schema.StoryTerm;
import dev.newsflow.schema.StoryTopic;
import dev.newsflow.schema.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Story state as values: every change returns a new {@link Story}. Folding is as order-insensitive as bounded state
 * allows (counts add, times take min/max, lists keep the most frequent with ties broken by name), so owners that see
 * contributions in a different order end with the same story. The headline is the first report's: it does not
 * depend on the order of folding, and a story's headline does not change under its readers as it grows.
 *
 * <p>Thread-safe (stateless).
 */
public final class Stories {

  public static final int MAX_OUTLETS = 50;
  public static final int MAX_ENTITIES = 10;
  public static final int MAX_TOPICS = 3;
  public static final int MAX_LATEST_ARTICLES = 20;
  public static final int MAX_TERMS = StoryTerms.MAX_TERMS;

  /** Which of two stories survives a merge: the earlier one, ties by the smaller id. */
  public static final Comparator<Story> SURVIVOR_ORDER =
      Comparator.comparing(Story::getFirstArticleAt).thenComparing(Story::getId);

  private Stories() {}

  /** A story's id: its first article's id prefixed with "s-". */
  public static String idFor(StoryArticle first) {
    return "s-" + first.id();
  }

  /** A one-article story: also the "contribution" record the topology sends to a story's owner. */
  public static Story of(String storyId, StoryArticle article, long now) {
    Instant time = Instant.ofEpochMilli(article.time());
    List<StoryEntity> entities = new ArrayList<>();
    for (Entity entity : StoryMatcher.salient(article.entities(), MAX_ENTITIES)) {
      entities.add(new StoryEntity(entity.getName(), entity.getType().name(), entity.getKbId(), 1));
    }
    Map<String, StoryTopic> topics = new LinkedHashMap<>();
    article.topics().stream().sorted(Comparator.comparingInt(Topic::getRank).thenComparing(Topic::getCode))
        .forEach(t -> {
          if (topics.size() < MAX_TOPICS) {
            topics.putIfAbsent(t.getCode(), new StoryTopic(t.getCode(), t.getLabel(), 1));
          }
        });
    return Story.newBuilder()
        .setId(storyId)
        .setHeadline(article.title())
        .setFirstArticleAt(time)
        .setLastArticleAt(time)
        .setUpdatedAt(Instant.ofEpochMilli(now))
        .setArticleCount(1)
        .setOutletCount(article.outlet() == null ? 0 : 1)
        .setOutlets(article.outlet() == null ? List.of() : List.of(article.outlet()))
        .setEntities(entities)
        .setTopics(new ArrayList<>(topics.values()))
        .setLatestArticleIds(List.of(article.id()))
        .setTerms(terms(StoryTerms.profile(article.title(), article.lead())))
        .setMergedInto(null)
        .build();
  }

  /**
   * The survivor with {@code part} folded in; part may be a one-article contribution or a whole merged story. Keeps
   * the survivor's id and mergedInto. A one-article contribution already among the survivor's latest articles is
   * not counted twice (a redelivered record).
   */
  public static Story absorb(Story survivor, Story part, long now) {
    if (part.getArticleCount() == 1 && part.getLatestArticleIds().size() == 1
        && survivor.getLatestArticleIds().contains(part.getLatestArticleIds().get(0))) {
      Story touched = copyOf(survivor);
      touched.setUpdatedAt(Instant.ofEpochMilli(now));
      return touched;
    }
    boolean survivorFirst = SURVIVOR_ORDER.compare(survivor, part) <= 0;
    Story earlier = survivorFirst ? survivor : part;
    Story later = survivorFirst ? part : survivor;
    int count = survivor.getArticleCount() + part.getArticleCount();
    Map<String, Double> terms = averageTerms(survivor, part);

    Set<String> outlets = new LinkedHashSet<>(earlier.getOutlets());
    outlets.addAll(later.getOutlets());
    // Exact while both lists are whole; once one was cut at the bound, outlets it lost count as distinct.
    int shared = survivor.getOutlets().size() + part.getOutlets().size() - outlets.size();
    int outletCount = Math.max(outlets.size(), survivor.getOutletCount() + part.getOutletCount() - shared);

    Story folded = copyOf(survivor);
    folded.setHeadline(earlier.getHeadline());
    folded.setFirstArticleAt(earlier.getFirstArticleAt());
    folded.setLastArticleAt(max(survivor.getLastArticleAt(), part.getLastArticleAt()));
    folded.setUpdatedAt(Instant.ofEpochMilli(now));
    folded.setArticleCount(count);
    folded.setOutletCount(outletCount);
    folded.setOutlets(new ArrayList<>(outlets).subList(0, Math.min(MAX_OUTLETS, outlets.size())));
    folded.setEntities(mergeEntities(survivor.getEntities(), part.getEntities()));
    folded.setTopics(mergeTopics(survivor.getTopics(), part.getTopics()));
    folded.setLatestArticleIds(latest(survivor, part));
    folded.setTerms(terms(terms));
    return folded;
  }

  /** The merged story's record: it names the survivor its articles now belong to. */
  public static Story mergedInto(Story merged, String survivorId, long now) {
    Story marked = copyOf(merged);
    marked.setMergedInto(survivorId);
    marked.setUpdatedAt(Instant.ofEpochMilli(now));
    return marked;
  }

  /**
   * A new record sharing the field values of {@code story}. Avro's {@code Story.newBuilder(story)} deep-copies every
   * list, a story's forty terms included, on each article; story values are never changed once built, so sharing is
   * safe. Field by field through the schema, so a field added to it is copied too.
   */
  static Story copyOf(Story story) {
    Story copy = new Story();
    for (int i = 0; i < Story.getClassSchema().getFields().size(); i++) {
      copy.put(i, story.get(i));
    }
    return copy;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Article-count-weighted average of the two profiles, the strongest {@link #MAX_TERMS} kept. */
  private static Map<String, Double> averageTerms(Story a, Story b) {
    double total = a.getArticleCount() + b.getArticleCount();
    Map<String, Double> sum = new HashMap<>();
    for (StoryTerm t : a.getTerms()) {
      sum.merge(t.getTerm(), t.getWeight() * a.getArticleCount() / total, Double::sum);
    }
    for (StoryTerm t : b.getTerms()) {
      sum.merge(t.getTerm(), t.getWeight() * b.getArticleCount() / total, Double::sum);
    }
    return StoryTerms.top(sum, MAX_TERMS);
  }

  private static List<StoryTerm> terms(Map<String, Double> weights) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new StoryTerm(e.getKey(), e.getValue()))
        .toList();
  }

  private static List<StoryEntity> mergeEntities(List<StoryEntity> a, List<StoryEntity> b) {
    Map<String, StoryEntity> byKey = new HashMap<>();
    for (List<StoryEntity> list : List.of(a, b)) {
      for (StoryEntity e : list) {
        String key = StoryMatcher.entityKey(e.getKbId(), e.getType(), e.getName());
        StoryEntity seen = byKey.get(key);
        if (seen == null) {
          byKey.put(key, StoryEntity.newBuilder(e).build());
        } else {
          // The name of the more frequent spelling, ties by the smaller name, whatever the order of folding.
          StoryEntity named = e.getArticles() > seen.getArticles()
              || e.getArticles() == seen.getArticles() && e.getName().compareTo(seen.getName()) < 0 ? e : seen;
          byKey.put(key, new StoryEntity(named.getName(), named.getType(), named.getKbId(),
              seen.getArticles() + e.getArticles()));
        }
      }
    }
    return byKey.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, StoryEntity>>comparingInt(e -> e.getValue().getArticles()).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(MAX_ENTITIES).map(Map.Entry::getValue).toList();
  }

  private static List<StoryTopic> mergeTopics(List<StoryTopic> a, List<StoryTopic> b) {
    Map<String, StoryTopic> byCode = new HashMap<>();
    for (List<StoryTopic> list : List.of(a, b)) {
      for (StoryTopic t : list) {
        byCode.merge(t.getCode(), StoryTopic.newBuilder(t).build(),
            (x, y) -> new StoryTopic(x.getCode(), x.getLabel(), x.getArticles() + y.getArticles()));
      }
    }
    return byCode.values().stream()
        .sorted(Comparator.comparingInt(StoryTopic::getArticles).reversed().thenComparing(StoryTopic::getCode))
        .limit(MAX_TOPICS).toList();
  }

  /** Newest first: the list of the story with the later last article goes first (per-article times are not kept). */
  private static List<String> latest(Story survivor, Story part) {
    boolean partNewer = part.getLastArticleAt().isAfter(survivor.getLastArticleAt())
        || part.getLastArticleAt().equals(survivor.getLastArticleAt())
        && part.getId().compareTo(survivor.getId()) < 0;
    Set<String> ids = new LinkedHashSet<>(partNewer ? part.getLatestArticleIds() : survivor.getLatestArticleIds());
    ids.addAll(partNewer ? survivor.getLatestArticleIds() : part.getLatestArticleIds());
    List<String> list = new ArrayList<>(ids);
    return List.copyOf(list.subList(0, Math.min(MAX_LATEST_ARTICLES, list.size())));
  }
}
