package dev.newsflow.extract.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">} blocks, flattened (top-level
 * arrays and {@code @graph} lists), with a lookup for the main article object. Broken JSON blocks are skipped.
 *
 * <p>Immutable after construction; parse once per page and share between the metadata and text extractors.
 */
public final class JsonLd {

  /** Lenient like browsers' consumers: raw newlines in strings, trailing commas and comments are common. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();
  /** schema.org types that describe an article (CreativeWork subtypes used by news sites). */
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
      "liveblogposting", "socialmediaposting", "report", "techarticle", "scholarlyarticle", "claimreview", "webpage");

  private final List<JsonNode> objects;

  /** Compiled once: parsing the query on every page cost a sixth of the lookup. */
  private static final Evaluator JSON_LD_SCRIPTS = QueryParser.parse("script[type=application/ld+json]");

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  /** Parses every JSON-LD block of the page. */
  public static JsonLd of(Document doc) {
    return of(doc.select(JSON_LD_SCRIPTS));
  }

  /** Parses the given JSON-LD script elements (e.g. {@link PageScan#jsonLdScripts()}), in their order. */
  public static JsonLd of(List<Element> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : scripts) {
      try {
        JsonNode root = MAPPER.readTree(script.data());
        if (root != null) {
          flatten(root, objects);
        }
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return new JsonLd(objects);
  }

  /** All declared objects, in page order. */
  public List<JsonNode> objects() {
    return objects;
  }

  /**
   * The main article object: the first of an article type, preferring news articles over plain web pages.
   */
  public Optional<JsonNode> article() {
    JsonNode page = null;
    for (JsonNode node : objects) {
      for (String type : types(node)) {
        if (ARTICLE_TYPES.contains(type)) {
          if (!"webpage".equals(type)) {
            return Optional.of(node);
          }
          if (page == null) {
            page = node;
          }
        }
      }
    }
    return Optional.ofNullable(page);
  }

  /** The lower-case {@code @type} names of an object (a string or an array in JSON-LD). */
  public static List<String> types(JsonNode node) {
    List<String> types = new ArrayList<>();
    JsonNode type = node.get("@type");
    if (type == null) {
      return types;
    }
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
    } else {
      types.add(type.asText().toLowerCase(Locale.ROOT));
    }
    return types;
  }

  /** A text field of an object, or null when absent or blank. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Names in a field that may hold a string, an object with {@code name} or an array of either (author, publisher).
   * Objects of the given skipped types (e.g. {@code organization}) go to {@code skippedNames} instead.
   */
  public static List<String> names(JsonNode node, String field, Set<String> skippedTypes, List<String> skippedNames) {
    List<String> names = new ArrayList<>();
    JsonNode value = node == null ? null : node.get(field);
    if (value == null) {
      return names;
    }
    for (JsonNode item : value.isArray() ? value : List.of(value)) {
      String name = item.isTextual() ? item.asText().strip() : text(item, "name");
      if (name == null || name.isEmpty()) {
        continue;
      }
      boolean skipped = item.isObject() && types(item).stream().anyMatch(skippedTypes::contains);
      (skipped ? skippedNames : names).add(name);
    }
    return names;
  }

  /** The first text of a field holding a string or an array of strings (articleSection, keywords). */
  public static String firstText(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value != null && value.isArray()) {
      for (JsonNode item : value) {
        if (item.isTextual() && !item.asText().isBlank()) {
          return item.asText().strip();
        }
      }
      return null;
    }
    return text(node, field);
  }

  /**
   * A URL held as a string, an object ({@code url}, {@code contentUrl} or {@code @id}: ImageObject, WebPage) or an
   * array of those (the first).
   */
  public static String url(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value != null && value.isArray()) {
      value = value.size() > 0 ? value.get(0) : null;
    }
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.asText().isBlank() ? null : value.asText().strip();
    }
    for (String key : new String[] {"url", "contentUrl", "@id"}) {
      String url = text(value, key);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  /** The first object of a type ({@code breadcrumblist}, {@code website}), or null. */
  public JsonNode first(String type) {
    for (JsonNode node : objects) {
      if (types(node).contains(type)) {
        return node;
      }
    }
    return null;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(child -> flatten(child, out));
    } else if (node.isObject()) {
      if (node.has("@graph")) {
        flatten(node.get("@graph"), out);
      }
      if (node.has("@type")) {
        out.add(node);
      }
    }
  }
}
