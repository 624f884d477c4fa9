package dev.newsflow.models.kb;

import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KbEntry.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the knowledge base resource from GeoNames (countries and cities over 15,000 people), the Wikidata
 * world-leaders snapshot and the curated lists under {@code models/src/kb/curated}. Ids come only from the data
 * files (GeoNames ids, Wikidata QIDs) or from a curated QID column; nothing is made up. The output is
 * deterministic: the same inputs give the same bytes.
 *
 * <p>One reader per source ({@link GeoNamesReader}, {@link WikidataLeadersReader}, {@link CuratedListsReader},
 * {@link WordListBuilder} for the corpora), run in the order below since later sources refine earlier entries;
 * {@link KnowledgeBaseWriter} writes the result.
 */
public final class KnowledgeBaseBuilder {

  /** Where the inputs are. {@code corpusDir} (annotated training sentences) may be null or missing. */
  public record Inputs(Path gazetteerDir, Path curatedDir, Path corpusDir) { }

  /** What was built. */
  public record Summary(Map<Kind, Integer> entriesByKind, int aliases, int lowercaseWords, int personWords,
      List<String> warnings) {
    public int entries() {
      return entriesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private KnowledgeBaseBuilder() {}

  /** Builds the entries and lowercase-word list from {@code inputs}. */
  public static Built build(Inputs inputs) throws IOException {
    return run(inputs);
  }

  /** The built entries and words, ready to write. */
  public record Built(List<KbEntry> entries, Set<String> lowercaseWords, Set<String> personWords, Summary summary) {

    /** Writes the two gzip resources: {@code kbFile} and the word list next to it. */
    public void write(Path kbFile, Path wordsFile) throws IOException {
      KnowledgeBaseWriter.write(entries, lowercaseWords, personWords, kbFile, wordsFile);
    }
  }

  private static Built run(Inputs in) throws IOException {
    Path geonames = in.gazetteerDir().resolve("geonames");
    WordListBuilder wordList = new WordListBuilder();
    Set<String> words = wordList.corpusWords(in.curatedDir().resolve("common-words.txt"), in.corpusDir());
    Set<String> lowercaseOnly = new TreeSet<>();
    words.stream().filter(w -> w.startsWith("l\t")).forEach(w -> lowercaseOnly.add(w.substring(2)));
    CuratedListsReader curated = new CuratedListsReader(in.curatedDir());
    Map<String, Draft> countries = GeoNamesReader.readCountries(geonames.resolve("countryInfo.txt"));
    curated.readCountries(countries);
    GeoNamesReader.Cities cities =
        GeoNamesReader.readCities(geonames.resolve("cities15000.zip"), countries.values(), lowercaseOnly);
    curated.readCities(cities.byName());
    List<Draft> drafts = new ArrayList<>(cities.all());
    drafts.addAll(curated.readDemonyms(countries));
    Map<String, Draft> people = WikidataLeadersReader.readLeaders(
        in.gazetteerDir().resolve("wikidata-world-leaders/wikidata.csv"), countries.values());
    drafts.addAll(curated.readEntities(people));
    drafts.addAll(countries.values());
    drafts.addAll(people.values());
    List<KbEntry> entries = new ArrayList<>();
    for (Draft d : drafts) {
      entries.add(d.build());
    }
    entries.sort(Comparator.comparing((KbEntry e) -> e.kind().ordinal()).thenComparing(KbEntry::name)
        .thenComparing(e -> e.id() == null ? "" : e.id()).thenComparing(e -> e.country() == null ? "" : e.country()));
    Map<Kind, Integer> byKind = new TreeMap<>();
    int aliases = 0;
    for (KbEntry e : entries) {
      byKind.merge(e.kind(), 1, Integer::sum);
      aliases += e.aliases().size();
    }
    Set<String> personWords = new TreeSet<>();
    Set<String> lowercase = new TreeSet<>();
    words.forEach(w -> (w.startsWith("p\t") ? personWords : lowercase).add(w.substring(2)));
    // The word list is read first, then the curated lists: their warnings come in that order.
    List<String> warnings = new ArrayList<>(wordList.warnings());
    warnings.addAll(curated.warnings());
    return new Built(entries, lowercase, personWords,
        new Summary(byKind, aliases, lowercase.size(), personWords.size(), List.copyOf(warnings)));
  }
}
