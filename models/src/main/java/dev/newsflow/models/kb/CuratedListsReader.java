package dev.newsflow.models.kb;

import static dev.newsflow.models.kb.Draft.CURATED_PRIOR;
import static dev.newsflow.models.kb.Draft.PERSON_PRIOR;
import static dev.newsflow.models.kb.Draft.fold;
import static dev.newsflow.models.kb.WikidataLeadersReader.QID;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.kb.KbEntry.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the curated lists under {@code models/src/kb/curated}: names and aliases for the GeoNames countries and
 * cities, the demonyms, and the entity files (places, organisations, people, ...), whose people update the Wikidata
 * office holders of the same name. Collects a warning for each line it cannot use. Not thread-safe.
 */
final class CuratedListsReader {

  private static final List<String> ENTITY_FILES = List.of("places.tsv", "events.tsv", "groups.tsv",
      "organisations.tsv", "sports-clubs.tsv", "governments.tsv", "parties.tsv", "companies.tsv", "news-agencies.tsv",
      "awards.tsv", "leaders-2025.tsv", "people.tsv");

  private final Path dir;
  private final List<String> warnings = new ArrayList<>();

  CuratedListsReader(Path dir) {
    this.dir = dir;
  }

  /** What could not be used, in reading order. */
  List<String> warnings() {
    return warnings;
  }

  /** {@code countries.tsv}: the English name and aliases of GeoNames countries. */
  void readCountries(Map<String, Draft> countries) throws IOException {
    for (String[] c : curatedRows(dir.resolve("countries.tsv"), 2)) {
      Draft d = countries.get(c[0]);
      if (d == null) {
        warnings.add("countries.tsv: unknown country code " + c[0]);
        continue;
      }
      if (!c[1].isBlank()) {
        d.aliases.add(d.name);
        d.name = c[1];
        d.aliases.add(c[1]);
      }
      d.addAliases(c.length > 2 ? c[2] : "");
    }
  }

  /** {@code cities.tsv}: aliases and the English name of GeoNames cities. */
  void readCities(Map<String, List<Draft>> citiesByName) throws IOException {
    for (String[] c : curatedRows(dir.resolve("cities.tsv"), 3)) {
      List<Draft> candidates = citiesByName.get(GeoNamesReader.key(c[1], c[0]));
      if (candidates == null) {
        warnings.add("cities.tsv: no GeoNames city " + c[0] + " in " + c[1]);
        continue;
      }
      Draft city = candidates.stream().max(Comparator.comparingLong(d -> d.prior)).orElseThrow();
      city.addAliases(c[2]);
      if (c.length > 3 && !c[3].isBlank()) {
        city.name = c[3]; // the English name ("Geneva" for "Genève")
        city.aliases.add(c[3]);
      }
    }
  }

  /** {@code demonyms.tsv}: one entry per country, linked to it. */
  List<Draft> readDemonyms(Map<String, Draft> countries) throws IOException {
    List<Draft> demonyms = new ArrayList<>();
    for (String[] c : curatedRows(dir.resolve("demonyms.tsv"), 2)) {
      Draft country = countries.get(c[0]);
      if (country == null) {
        warnings.add("demonyms.tsv: unknown country code " + c[0]);
        continue;
      }
      String[] forms = c[1].split("\\|");
      Draft d = new Draft(null, Kind.DEMONYM, EntityType.MISC, forms[0], c[0], Math.max(country.prior / 10, 1));
      d.ref = country.id;
      d.addAliases(c[1]);
      demonyms.add(d);
    }
    return demonyms;
  }

  /**
   * The entity files, in order: new entries, while a person already in {@code people} (by name or by an alias of
   * two words or more) takes the curated name, aliases and a higher prior instead.
   */
  List<Draft> readEntities(Map<String, Draft> people) throws IOException {
    List<Draft> entities = new ArrayList<>();
    for (String file : ENTITY_FILES) {
      readEntities(dir.resolve(file), people, entities);
    }
    return entities;
  }

  private void readEntities(Path file, Map<String, Draft> people, List<Draft> entities) throws IOException {
    String fileName = file.getFileName().toString();
    Map<String, Draft> peopleByName = new HashMap<>();
    people.values().forEach(p -> p.aliases.forEach(a -> peopleByName.putIfAbsent(fold(a), p)));
    for (String[] c : curatedRows(file, 2)) {
      EntityType type;
      try {
        type = EntityType.valueOf(c[1]);
      } catch (IllegalArgumentException e) {
        warnings.add(fileName + ": unknown type " + c[1] + " for " + c[0]);
        continue;
      }
      String aliases = c.length > 2 ? c[2] : "";
      String country = c.length > 3 ? c[3] : "";
      String qid = c.length > 4 ? c[4].strip() : "";
      if (!qid.isEmpty() && !QID.matcher(qid).matches()) {
        warnings.add(fileName + ": malformed QID " + qid + " for " + c[0]);
        qid = "";
      }
      if (type == EntityType.PERSON) {
        Draft known = peopleByName.get(fold(c[0]));
        if (known == null) {
          for (String a : aliases.split("\\|")) {
            if (a.contains(" ")) {
              known = known != null ? known : peopleByName.get(fold(a));
            }
          }
        }
        if (known != null) {
          if (!qid.isEmpty() && !qid.equals(known.id)) {
            warnings.add(fileName + ": " + c[0] + " has QID " + qid + " but the Wikidata snapshot says " + known.id);
          }
          known.aliases.add(known.name);
          known.name = c[0];
          known.prior = Math.max(known.prior, "leaders-2025.tsv".equals(fileName) ? CURATED_PRIOR : PERSON_PRIOR);
          known.addAliases(aliases);
          continue;
        }
      }
      Kind kind = switch (type) {
        case PERSON -> Kind.PERSON;
        case LOCATION -> Kind.PLACE;
        case EVENT -> Kind.EVENT;
        case MISC -> Kind.GROUP;
        default -> Kind.ORGANIZATION;
      };
      long prior = type == EntityType.PERSON && !"leaders-2025.tsv".equals(fileName) ? PERSON_PRIOR : CURATED_PRIOR;
      Draft d = new Draft(qid, kind, type, c[0], country.isBlank() ? null : country, prior);
      d.addAliases(aliases);
      d.aliases.add(fold(c[0]));
      entities.add(d);
    }
  }

  /** The rows of a curated TSV file, comments and blank lines skipped; at least {@code minColumns} each. */
  private List<String[]> curatedRows(Path file, int minColumns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      warnings.add("no curated list " + file);
      return rows;
    }
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < minColumns || c[0].isBlank()) {
        warnings.add(file.getFileName() + " line " + lineNo + ": expected " + minColumns + " columns");
        continue;
      }
      for (int k = 0; k < c.length; k++) {
        c[k] = c[k].strip();
      }
      rows.add(c);
    }
    return rows;
  }
}
