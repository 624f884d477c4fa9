package dev.newsflow.enrich.clean.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">} blocks, flattened (top-level
 * arrays and {@code @graph} lists), with a lookup for the main article object. Broken JSON blocks are skipped.
 *
 * <p>Immutable after construction; parse once per page and share between the metadata and text extractors.
 */
public final class JsonLd {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** schema.org types that describe an article (CreativeWork subtypes used by news sites). */
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
      "liveblogposting", "socialmediaposting", "report", "techarticle", "scholarlyarticle", "webpage");

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  /** Parses every JSON-LD block of the page. */
  public static JsonLd of(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
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
