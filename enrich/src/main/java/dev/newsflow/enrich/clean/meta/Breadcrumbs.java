package dev.newsflow.enrich.clean.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The section from breadcrumbs ({@code Home > World > This article}): the last-but-one item. A weak source,
 * used only when nothing declares the section. Stateless.
 */
final class Breadcrumbs {

  private static final Set<String> HOME = Set.of("home", "start", "startseite", "accueil", "inicio", "home page",
      "homepage", "news");

  private Breadcrumbs() {}

  static String section(Document doc, JsonLd jsonLd) {
    List<String> items = fromJsonLd(jsonLd.first("breadcrumblist"));
    if (items.size() < 2) {
      items = fromDom(doc);
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

  private static List<String> fromDom(Document doc) {
    List<String> names = new ArrayList<>();
    Element trail = doc.selectFirst("[class*=breadcrumb], nav[aria-label*=readcrumb]");
    if (trail == null) {
      return names;
    }
    for (Element item : trail.select("li, a")) {
      String text = item.text().strip();
      // A li holding an a would count twice.
      if (!text.isEmpty() && (names.isEmpty() || !names.get(names.size() - 1).equals(text))) {
        names.add(text);
      }
    }
    return names;
  }
}
