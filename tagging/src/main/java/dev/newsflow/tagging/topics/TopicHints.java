package dev.newsflow.tagging.topics;

import static dev.newsflow.tagging.topics.IptcMediaTopics.ARTS;
import static dev.newsflow.tagging.topics.IptcMediaTopics.CONFLICT;
import static dev.newsflow.tagging.topics.IptcMediaTopics.CRIME;
import static dev.newsflow.tagging.topics.IptcMediaTopics.DISASTER;
import static dev.newsflow.tagging.topics.IptcMediaTopics.ECONOMY;
import static dev.newsflow.tagging.topics.IptcMediaTopics.EDUCATION;
import static dev.newsflow.tagging.topics.IptcMediaTopics.ENVIRONMENT;
import static dev.newsflow.tagging.topics.IptcMediaTopics.HEALTH;
import static dev.newsflow.tagging.topics.IptcMediaTopics.HUMAN_INTEREST;
import static dev.newsflow.tagging.topics.IptcMediaTopics.LABOUR;
import static dev.newsflow.tagging.topics.IptcMediaTopics.LIFESTYLE;
import static dev.newsflow.tagging.topics.IptcMediaTopics.POLITICS;
import static dev.newsflow.tagging.topics.IptcMediaTopics.RELIGION;
import static dev.newsflow.tagging.topics.IptcMediaTopics.SCIENCE;
import static dev.newsflow.tagging.topics.IptcMediaTopics.SOCIETY;
import static dev.newsflow.tagging.topics.IptcMediaTopics.SPORT;
import static dev.newsflow.tagging.topics.IptcMediaTopics.WEATHER;

import dev.newsflow.tagging.entities.Entity;
import dev.newsflow.tagging.entities.EntityType;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence from outside the text: the page's section label ("Sport", "Business"), the folders of its URL
 * ("/sport/football/"), and the entities (a football club suggests sport, a company business, a party politics).
 */
final class TopicHints {

  /** Section and URL-folder words; matched as whole words after {@link TopicTokens}. */
  private static final Map<String, IptcMediaTopics> SECTION_WORDS = new HashMap<>();

  static {
    words(SPORT, "sport", "sports", "football", "soccer", "cricket", "rugby", "tennis", "golf", "nba", "nfl", "mlb",
        "nhl", "f1", "formula1", "motorsport", "olympics", "athletics", "boxing", "baseball", "basketball", "hockey",
        "cycling", "racing", "premier-league", "scores");
    words(ECONOMY, "business", "money", "markets", "market", "economy", "finance", "companies", "investing",
        "industry", "banking", "personal-finance", "stocks", "earnings", "economics");
    words(SCIENCE, "tech", "technology", "science", "scitech", "sci-tech", "innovation", "gadgets", "internet",
        "space", "computing", "ai", "digital", "cybersecurity");
    words(POLITICS, "politics", "election", "elections", "government", "us-politics", "uk-politics", "policy",
        "congress", "parliament", "white-house", "diplomacy");
    words(ARTS, "entertainment", "arts", "culture", "music", "film", "films", "movies", "movie", "tv", "television",
        "books", "celebrity", "showbiz", "media", "theatre", "theater", "entertainment-arts", "stage", "gaming");
    words(HEALTH, "health", "wellness", "medicine", "medical", "coronavirus", "covid", "wellbeing");
    words(LIFESTYLE, "lifestyle", "travel", "food", "fashion", "style", "living", "leisure", "recipes", "motoring",
        "cars", "homes", "property", "garden", "beauty", "relationships");
    words(ENVIRONMENT, "environment", "climate", "climate-change", "nature", "energy-environment");
    words(EDUCATION, "education", "schools", "universities", "learning");
    words(WEATHER, "weather", "forecast");
    words(CRIME, "crime", "law", "justice", "courts", "police", "legal");
    words(RELIGION, "religion", "faith", "belief");
    words(SOCIETY, "society", "social-affairs", "communities", "immigration");
    words(CONFLICT, "war", "conflict", "defence", "defense", "military", "security");
    words(LABOUR, "jobs", "careers", "labour", "labor", "workplace", "employment");
    words(DISASTER, "disasters", "emergencies");
    words(HUMAN_INTEREST, "oddities", "offbeat", "odd-news", "human-interest", "obituaries");
  }

  private static void words(IptcMediaTopics topic, String... ws) {
    for (String w : ws) {
      SECTION_WORDS.put(w, topic);
    }
  }

  private TopicHints() {
  }

  /** Topics a section label names, as one unit of evidence spread over them; all zero when it names none. */
  static double[] fromSection(String section) {
    double[] e = new double[IptcMediaTopics.values().length];
    if (section == null || section.isBlank()) {
      return e;
    }
    String s = section.toLowerCase(Locale.ROOT).strip();
    IptcMediaTopics whole = SECTION_WORDS.get(s.replace(' ', '-'));
    if (whole != null) {
      e[whole.ordinal()] = 1;
      return e;
    }
    for (String w : s.split("[^\\p{L}\\p{N}]+")) {
      IptcMediaTopics t = SECTION_WORDS.get(w);
      if (t != null) {
        e[t.ordinal()] = 1;
      }
    }
    return normalise(e);
  }

  /**
   * Topics the URL's folders name ("/sport/football/2024/..."); the last path segment (usually the headline slug)
   * is left out because the title already counts.
   */
  static double[] fromUrl(String url) {
    double[] e = new double[IptcMediaTopics.values().length];
    if (url == null || url.isBlank()) {
      return e;
    }
    String path;
    try {
      path = URI.create(url.strip()).getPath();
    } catch (IllegalArgumentException ex) {
      return e;
    }
    if (path == null) {
      return e;
    }
    String[] segs = path.toLowerCase(Locale.ROOT).split("/");
    int last = segs.length - 1;
    while (last >= 0 && segs[last].isEmpty()) {
      last--;
    }
    boolean slugLast = last > 0 && (segs[last].indexOf('-') >= 0 || segs[last].indexOf('.') >= 0
        || segs[last].chars().anyMatch(Character::isDigit));
    int end = slugLast ? last - 1 : last;
    for (int i = 0; i <= end; i++) {
      String seg = segs[i];
      IptcMediaTopics whole = SECTION_WORDS.get(seg);
      if (whole != null) {
        e[whole.ordinal()] += 1;
        continue;
      }
      for (String w : seg.split("[-_.]")) {
        IptcMediaTopics t = SECTION_WORDS.get(w);
        if (t != null) {
          e[t.ordinal()] += 1;
        }
      }
    }
    return normalise(e);
  }

  /**
   * Evidence from the entities' names and types: organisation suffixes (FC, plc, Party, Ministry...) and the
   * lexicon's weights for the whole name ("Premier League", "NATO"), weighted by how often the entity is
   * mentioned.
   */
  static double[] fromEntities(List<Entity> entities, TopicLexicon lexicon) {
    double[] e = new double[IptcMediaTopics.values().length];
    for (Entity ent : entities) {
      String name = ent.name();
      String[] toks = TopicTokens.tokenize(name);
      if (toks.length == 0) {
        continue;
      }
      double w = Math.sqrt(Math.min(5, Math.max(1, ent.mentions())));
      float[] lw = lexicon.weightsOf(name);
      if (lw != null) {
        for (int t = 0; t < lw.length; t++) {
          e[t] += lw[t] * w;
        }
      }
      if (ent.type() == EntityType.ORGANIZATION) {
        IptcMediaTopics t = organisationTopic(toks);
        if (t != null) {
          e[t.ordinal()] += 3 * w;
        }
      }
    }
    return e;
  }

  private static IptcMediaTopics organisationTopic(String[] toks) {
    String last = toks[toks.length - 1];
    String first = toks[0];
    switch (last) {
      case "fc", "afc", "rovers", "wanderers", "athletic", "hotspur", "albion", "rangers", "celtic" -> {
        return SPORT;
      }
      case "inc", "corp", "corporation", "ltd", "plc", "llc", "ag", "sa", "holding", "group", "bank", "airline",
          "motor", "capital", "partner", "co", "company", "industry", "technology", "pharmaceutical" -> {
        return ECONOMY;
      }
      case "party", "parliament", "senate", "congres", "congress", "ministry", "government", "commission",
          "assembly", "cabinet", "council" -> {
        return POLITICS;
      }
      case "army", "force", "militia", "brigade", "navy", "guard" -> {
        return CONFLICT;
      }
      case "police", "court", "prosecutor", "fbi" -> {
        return CRIME;
      }
      case "university", "college", "school", "academy" -> {
        return EDUCATION;
      }
      case "hospital", "clinic", "nh" -> {
        return HEALTH;
      }
      case "church", "mosque", "synagogue", "temple", "vatican" -> {
        return RELIGION;
      }
      case "studio", "record", "theatre", "orchestra", "band", "pictures" -> {
        return ARTS;
      }
      default -> {
        if (toks.length > 1 && ("united".equals(last) || "city".equals(last))) {
          return SPORT;
        }
        if ("ministry".equals(first) || "department".equals(first)) {
          return POLITICS;
        }
        return null;
      }
    }
  }

  static double[] normalise(double[] e) {
    double sum = 0;
    for (double x : e) {
      sum += Math.max(0, x);
    }
    if (sum > 0) {
      for (int i = 0; i < e.length; i++) {
        e[i] = Math.max(0, e[i]) / sum;
      }
    }
    return e;
  }
}
