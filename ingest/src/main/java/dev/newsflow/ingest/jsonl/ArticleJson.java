package dev.newsflow.ingest.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The JSON form of an article, shared by JSON Lines loads, stdin and the HTTP push endpoint.
 *
 * <p>Fields: {@code content} (the page or text; required; {@code html} or {@code text} may stand in for it and set
 * the type), {@code url} (absolute http/https; gives the stable id), {@code title}, {@code publishedAt} and
 * {@code fetchedAt} (ISO-8601 instant or offset date-time, a date-time without offset read as UTC, a date, or epoch
 * milliseconds), {@code contentType} ({@code html}/{@code text} or {@code text/html}/{@code text/plain}; detected
 * from the content when absent), {@code guid} (with no url, the id is the source plus GUID). Every other field is
 * kept as a hint (e.g. {@code language}, {@code source}, {@code author}): strings as they are, numbers and booleans
 * as text, arrays of scalars joined with ", ", objects as their JSON.
 *
 * <p>Thread-safe and reusable.
 */
public final class ArticleJson {

  private static final Set<String> FIELDS = Set.of("url", "content", "html", "text", "title", "publishedAt",
      "fetchedAt", "contentType", "guid");

  private final long maxContentBytes;
  private final Clock clock;

  public ArticleJson(long maxContentBytes, Clock clock) {
    if (maxContentBytes <= 0) {
      throw new IllegalArgumentException("maxContentBytes must be positive: " + maxContentBytes);
    }
    this.maxContentBytes = maxContentBytes;
    this.clock = clock;
  }

  public ArticleJson() {
    this(ArticleFileReader.DEFAULT_MAX_BYTES, Clock.systemUTC());
  }

  /**
   * The article a JSON object describes.
   *
   * @param sourceId recorded on the article (the file, {@code push}, ...)
   * @throws InvalidArticleException with a message naming the field at fault
   */
  public RawArticle toArticle(JsonNode node, SourceType sourceType, String sourceId) throws InvalidArticleException {
    if (node == null || !node.isObject()) {
      throw new InvalidArticleException("an article must be a JSON object, not " + describe(node));
    }
    String url = url(node);
    Content content = content(node);
    if (content == null) {
      throw new InvalidArticleException(url == null
          ? "an article needs \"content\" (the page's HTML or text) and should have a \"url\""
          : "\"content\" is missing: the HTML or text of " + url + " (this endpoint does not fetch pages)");
    }
    long bytes = content.text().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxContentBytes) {
      throw new InvalidArticleException(
          "content is " + bytes + " bytes, over the limit of " + maxContentBytes, true);
    }
    String guid = optionalText(node, "guid");
    Map<String, String> hints = hints(node);
    String id = url != null ? ArticleIds.forUrl(url)
        : guid != null ? ArticleIds.forGuid(hints.getOrDefault("source", sourceId), guid)
        : ArticleIds.forContent(content.text());
    if (guid != null) {
      hints.put("guid", guid);
    }
    Instant fetchedAt = instant(node, "fetchedAt");
    return RawArticle.newBuilder()
        .setId(id)
        .setSourceId(sourceId)
        .setSourceType(sourceType)
        .setUrl(url)
        .setContentType(content.type())
        .setContent(content.text())
        .setTitle(optionalText(node, "title"))
        .setPublishedAt(instant(node, "publishedAt"))
        .setFetchedAt(fetchedAt != null ? fetchedAt : Instant.now(clock))
        .setHints(hints)
        .build();
  }

  private record Content(String text, ContentType type) {}

  private static Content content(JsonNode node) throws InvalidArticleException {
    ContentType declared = contentType(node);
    for (String field : new String[] {"content", "html", "text"}) {
      String value = optionalText(node, field);
      if (value != null && !value.isBlank()) {
        ContentType type = declared != null ? declared
            : field.equals("html") ? ContentType.HTML
            : field.equals("text") ? ContentType.TEXT
            : ArticleFileReader.sniffContentType(value);
        return new Content(value, type);
      }
    }
    return null;
  }

  private static ContentType contentType(JsonNode node) throws InvalidArticleException {
    String value = optionalText(node, "contentType");
    if (value == null) {
      return null;
    }
    String type = value.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return switch (type) {
      case "html", "text/html", "application/xhtml+xml" -> ContentType.HTML;
      case "text", "txt", "text/plain" -> ContentType.TEXT;
      default -> throw new InvalidArticleException(
          "\"contentType\" must be html or text (or text/html, text/plain), not \"" + value + "\"");
    };
  }

  private static String url(JsonNode node) throws InvalidArticleException {
    String url = optionalText(node, "url");
    if (url == null || url.isBlank()) {
      return null;
    }
    url = url.strip();
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new InvalidArticleException("\"url\" must be an absolute http or https URL, not \"" + url + "\"");
      }
    } catch (URISyntaxException e) {
      throw new InvalidArticleException("\"url\" is not a valid URL: " + e.getMessage());
    }
    return url;
  }

  /** A text field, or null when absent or JSON null; a non-string value is refused. */
  private static String optionalText(JsonNode node, String field) throws InvalidArticleException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidArticleException("\"" + field + "\" must be a string, not " + describe(value));
    }
    return value.textValue();
  }

  /** Accepted: ISO-8601 instant or offset date-time, date-time without offset (UTC), date (UTC), epoch millis. */
  static Instant instant(JsonNode node, String field) throws InvalidArticleException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return Instant.ofEpochMilli(value.longValue());
    }
    if (!value.isTextual()) {
      throw new InvalidArticleException("\"" + field + "\" must be an ISO-8601 date or epoch milliseconds");
    }
    String text = value.textValue().strip();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidArticleException("\"" + field + "\" is not an ISO-8601 date or date-time: \"" + text
          + "\" (e.g. 2026-11-25T08:30:00Z)");
    }
  }

  private static Map<String, String> hints(JsonNode node) {
    Map<String, String> hints = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (FIELDS.contains(field.getKey()) || value.isNull()) {
        continue;
      }
      hints.put(field.getKey(), hintText(value));
    }
    return hints;
  }

  private static String hintText(JsonNode value) {
    if (value.isValueNode()) {
      return value.asText();
    }
    if (value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode)) {
      return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
          .collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
