package dev.newsflow.enrich.stories;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.Topic;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What story matching reads of an article: its title, the start of its text, where and when it was published and
 * its tags. Immutable.
 *
 * @param lead the first {@value #LEAD_WORDS} words or so of the text (the title left out when the text repeats it)
 * @param outlet the publication: site name, else the URL's host without "www.", else the source id; may be null
 * @param time publish time in epoch milliseconds, else the fetch time
 * @param duplicateOf the id of the article this one is a syndicated copy of, or null
 */
public record StoryArticle(String id, String title, String lead, String outlet, long time,
    List<Entity> entities, List<Topic> topics, String duplicateOf) {

  /** Words of text kept as the lead: headline and first paragraph carry the event in news writing. */
  public static final int LEAD_WORDS = 60;

  public StoryArticle {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    lead = lead == null ? "" : lead;
    entities = entities == null ? List.of() : List.copyOf(entities);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /** The parts of an enriched article that story matching reads. */
  public static StoryArticle of(EnrichedArticle article) {
    String title = article.getTitle() == null ? "" : article.getTitle().strip();
    Instant time = article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
    return new StoryArticle(article.getId(), title, lead(title, article.getText()),
        outlet(article.getSiteName(), article.getUrl(), article.getSourceId()),
        time == null ? 0L : time.toEpochMilli(), article.getEntities(), article.getTopics(),
        article.getDuplicateOf());
  }

  /** The first words of the text, after the title when the text starts with it (plain-text input often does). */
  static String lead(String title, String text) {
    if (text == null) {
      return "";
    }
    String body = text.strip();
    if (!title.isEmpty() && body.regionMatches(true, 0, title, 0, title.length())) {
      body = body.substring(title.length()).strip();
    }
    // The first words only: splitting the whole text, which can be long, would cost more than the rest of the stage.
    StringBuilder lead = new StringBuilder();
    int words = 0;
    int i = 0;
    while (words < LEAD_WORDS) {
      while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      if (words++ > 0) {
        lead.append(' ');
      }
      lead.append(body, start, i);
    }
    return lead.toString();
  }

  static String outlet(String siteName, String url, String sourceId) {
    if (siteName != null && !siteName.isBlank()) {
      return siteName.strip();
    }
    if (url != null) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null && !host.isBlank()) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL we can read: fall back to the source
      }
    }
    return sourceId == null || sourceId.isBlank() ? null : sourceId;
  }
}
