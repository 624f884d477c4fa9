package dev.newsflow.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The section from breadcrumbs ({@code Home > World > This article}): the last-but-one item. A weak source,
 * used only when nothing declares the section. Stateless.
 */
final class Breadcrumbs {

  private static final Set<String> HOME = Set.of("home", "start", "startseite", "accueil", "inicio", "home page",
      "homepage", "news");

  private Breadcrumbs() {}

  /**
   * The section from the JSON-LD BreadcrumbList, else from the trail element (first with a breadcrumb class or a
   * breadcrumb nav label); null when neither names one.
   */
  static String section(Element trail, JsonLd jsonLd) {
    List<String> items = fromJsonLd(jsonLd.first("breadcrumblist"));
    if (items.size() < 2) {
      items = fromDom(trail);
    }
    if (items.size() < 2) {
      return null;
    }
    String section = MetadataExtractor.sectionLabel(items.get(items.size() - 2));
    boolean usable = section != null && !HOME.contains(section.toLowerCase(Locale.ROOT));
    return usable ? section : null;
  }

  private static List<String> fromJsonLd(JsonNode list) {
    List<String> names = new ArrayList<>();
    JsonNode items = list == null ? null : list.get("itemListElement");
    if (items == null || !items.isArray()) {
      return names;
    }
    for (JsonNode item : items) {
      String name = JsonLd.text(item, "name");
      if (name == null && item.get("item") != null) {
        name = JsonLd.text(item.get("item"), "name");
      }
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static final Evaluator ITEMS = QueryParser.parse("li, a");

  private static List<String> fromDom(Element trail) {
    List<String> names = new ArrayList<>();
    if (trail == null) {
      return names;
    }
    for (Element item : trail.select(ITEMS)) {
      String text = item.text().strip();
      // A li holding an a would count twice.
      if (!text.isEmpty() && (names.isEmpty() || !names.get(names.size() - 1).equals(text))) {
        names.add(text);
      }
    }
    return names;
  }
}
