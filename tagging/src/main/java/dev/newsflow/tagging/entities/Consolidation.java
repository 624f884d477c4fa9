package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KbEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Consolidation of mentions into entity groups: mentions linked to one entry are one group named by the entry
 * ("U.S." and "United States"); other mentions group by type and text (honorific aside); then an unlinked surname or
 * honorific form ("Mr. Putin", "Witkoff") joins the one full name of the same type in the document. Thread-safe.
 */
final class Consolidation {

  /** The groups in order of first mention, and the group of each mention (before joins: take its root). */
  record Groups(List<EntityGroup> all, List<EntityGroup> byMention) { }

  private final KbLinker linker;

  Consolidation(KbLinker linker) {
    this.linker = linker;
  }

  /** Groups {@code mentions}, linking each to the entry that fits {@code countries}. */
  Groups group(List<Mention> mentions, Set<String> countries) {
    Map<String, EntityGroup> groups = new LinkedHashMap<>();
    List<EntityGroup> order = new ArrayList<>();
    List<EntityGroup> byMention = new ArrayList<>();
    for (Mention m : mentions) {
      String surface = Honorifics.strip(m.text());
      KbEntry entry = linker.link(surface, m.type(), countries);
      String key = entry != null
          ? "kb\t" + m.type() + "\t" + (entry.id() != null ? entry.id() : entry.name())
          : "name\t" + m.type() + "\t" + surface.toLowerCase(Locale.ROOT);
      EntityGroup g = groups.computeIfAbsent(key, k -> {
        EntityGroup n = new EntityGroup(m.type(), entry);
        order.add(n);
        return n;
      });
      g.surfaces.merge(surface, 1, Integer::sum);
      byMention.add(g);
    }
    consolidatePeople(order);
    return new Groups(order, byMention);
  }

  /**
   * A person group known by one or two words that end (or start) the name of exactly one other person group with
   * more words joins it: "Putin" and "Mr. Putin" join "Vladimir Putin".
   */
  private static void consolidatePeople(List<EntityGroup> groups) {
    Map<EntityGroup, String[]> names = new HashMap<>();
    for (EntityGroup g : groups) {
      if (g.type == EntityType.PERSON) {
        names.put(g, longestSurface(g).split(" "));
      }
    }
    for (EntityGroup g : groups) {
      if (g.type != EntityType.PERSON || g.entry != null) {
        continue;
      }
      String[] words = names.get(g);
      EntityGroup target = null;
      boolean ambiguous = false;
      for (EntityGroup other : groups) {
        if (other == g || other.type != EntityType.PERSON || other.root() == g) {
          continue;
        }
        String[] full = names.get(other);
        if (full.length > words.length && (endsWith(full, words) || startsWith(full, words))) {
          if (target != null && target.root() != other.root()) {
            ambiguous = true;
          }
          target = other;
        }
      }
      if (target != null && !ambiguous) {
        g.parent = target.root();
        EntityGroup root = g.parent;
        g.surfaces.forEach((s, n) -> root.surfaces.merge(s, 0, Integer::sum));
      }
    }
  }

  private static String longestSurface(EntityGroup g) {
    if (g.entry != null) {
      return g.entry.name();
    }
    return g.surfaces.keySet().stream().max(Comparator.comparingInt(EntityGroup::wordCount)).orElse("");
  }

  private static boolean endsWith(String[] full, String[] part) {
    for (int k = 0; k < part.length; k++) {
      if (!full[full.length - part.length + k].equals(part[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(String[] full, String[] part) {
    for (int k = 0; k < part.length; k++) {
      if (!full[k].equals(part[k])) {
        return false;
      }
    }
    return true;
  }
}
