package dev.newsflow.models.kb;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KbEntry.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A knowledge-base entry under construction, filled in by the readers in turn. Not thread-safe. */
final class Draft {

  /** Prior of an entity from the curated lists (and of a person they name as a 2025 leader). */
  static final long CURATED_PRIOR = 5_000_000;
  /** Prior of a person: in office in the Wikidata snapshot, or named in the curated lists. */
  static final long PERSON_PRIOR = 2_000_000;
  /** Prior of a former office holder in the Wikidata snapshot. */
  static final long FORMER_LEADER_PRIOR = 1_000_000;

  String id;
  final Kind kind;
  final EntityType type;
  String name;
  final String country;
  long prior;
  String ref;
  final Set<String> aliases = new LinkedHashSet<>();

  Draft(String id, Kind kind, EntityType type, String name, String country, long prior) {
    this.id = id;
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.country = country;
    this.prior = prior;
    aliases.add(name);
  }

  KbEntry build() {
    List<String> all = new ArrayList<>();
    all.add(name);
    // One- and two-letter city names ("Ye", "Bo") are far more often something else.
    int shortest = kind == Kind.CITY ? 3 : 2;
    aliases.stream().filter(a -> !a.equals(name) && a.length() >= shortest).forEach(all::add);
    return new KbEntry(id, kind, type, name, country, prior, ref, all);
  }

  /** Adds the {@code |}-separated {@code aliases}, each as written and without diacritics. */
  void addAliases(String aliases) {
    for (String a : aliases.split("\\|")) {
      // "the Ukraine": the tagger finds the name without the article, and the article is not part of it.
      if (!a.isBlank() && !a.startsWith("the ")) {
        this.aliases.add(a.strip());
        this.aliases.add(fold(a.strip()));
      }
    }
  }

  /** Without diacritics: "Erdoğan" → "Erdogan", as English-language copy often writes it. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "");
  }
}
