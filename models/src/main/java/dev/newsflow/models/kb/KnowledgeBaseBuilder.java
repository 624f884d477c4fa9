package dev.newsflow.models.kb;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.kb.KbEntry.Kind;
import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the knowledge base resource from GeoNames (countries and cities over 15,000 people), the Wikidata
 * world-leaders snapshot and the curated lists under {@code models/src/kb/curated}. Ids come only from the data
 * files (GeoNames ids, Wikidata QIDs) or from a curated QID column; nothing is made up. The output is
 * deterministic: the same inputs give the same bytes.
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

  /** Latin alternate names are kept only for cities this large; smaller ones keep their GeoNames name. */
  static final long ALTERNATE_NAMES_MIN_POPULATION = 100_000;
  static final long CURATED_PRIOR = 5_000_000;
  static final long PERSON_PRIOR = 2_000_000;
  static final long FORMER_LEADER_PRIOR = 1_000_000;
  private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}[\\p{IsLatin}'’. -]*\\p{Ll}[\\p{IsLatin}'’. -]*");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final List<String> CURATED_ENTITY_FILES = List.of("places.tsv", "events.tsv", "groups.tsv",
      "organisations.tsv", "sports-clubs.tsv", "governments.tsv", "parties.tsv", "companies.tsv", "news-agencies.tsv",
      "leaders-2025.tsv", "people.tsv");

  private final List<String> warnings = new ArrayList<>();
  private final Map<String, Draft> countries = new TreeMap<>();
  private final List<Draft> drafts = new ArrayList<>();

  /** An entry under construction. */
  private static final class Draft {
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
  }

  /** Builds the entries and lowercase-word list from {@code inputs}. */
  public static Built build(Inputs inputs) throws IOException {
    return new KnowledgeBaseBuilder().run(inputs);
  }

  /** The built entries and words, ready to write. */
  public record Built(List<KbEntry> entries, Set<String> lowercaseWords, Set<String> personWords, Summary summary) {

    /** Writes the two gzip resources: {@code kbFile} and the word list next to it. */
    public void write(Path kbFile, Path wordsFile) throws IOException {
      Path parent = kbFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = gzipWriter(kbFile)) {
        out.write(KnowledgeBase.HEADER + "\n");
        out.write("# Built by `newsflow build kb` from GeoNames (geonames.org, CC BY 4.0), Wikidata (CC0) and the "
            + "project's curated lists.\n");
        out.write("# id\tkind\ttype\tname\tcountry\tprior\tref\taliases\n");
        for (KbEntry e : entries) {
          out.write(KnowledgeBase.format(e));
          out.write('\n');
        }
      }
      try (Writer out = gzipWriter(wordsFile)) {
        out.write("# l = a word mostly written in lower case, p = a word mostly part of person names (curated list\n"
            + "# plus the CC BY 4.0 training corpora wikigold, btc, wnut17)\n");
        for (String w : lowercaseWords) {
          out.write("l\t" + w + "\n");
        }
        for (String w : personWords) {
          out.write("p\t" + w + "\n");
        }
      }
    }

    private static Writer gzipWriter(Path file) throws IOException {
      OutputStream raw = Files.newOutputStream(file);
      // GZIPOutputStream writes a fixed header (no time stamp, no file name), so the bytes are reproducible.
      return new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8);
    }
  }

  private Built run(Inputs in) throws IOException {
    Path geonames = in.gazetteerDir().resolve("geonames");
    Set<String> words = corpusWords(in.curatedDir().resolve("common-words.txt"), in.corpusDir());
    Set<String> lowercaseOnly = new TreeSet<>();
    words.stream().filter(w -> w.startsWith("l\t")).forEach(w -> lowercaseOnly.add(w.substring(2)));
    readCountries(geonames.resolve("countryInfo.txt"));
    readCuratedCountries(in.curatedDir().resolve("countries.tsv"));
    Map<String, List<Draft>> citiesByName = readCities(geonames.resolve("cities15000.zip"), lowercaseOnly);
    readCuratedCities(in.curatedDir().resolve("cities.tsv"), citiesByName);
    readDemonyms(in.curatedDir().resolve("demonyms.tsv"));
    Map<String, Draft> people = readLeaders(in.gazetteerDir().resolve("wikidata-world-leaders/wikidata.csv"));
    for (String file : CURATED_ENTITY_FILES) {
      readCuratedEntities(in.curatedDir().resolve(file), people);
    }
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
    return new Built(entries, lowercase, personWords,
        new Summary(byKind, aliases, lowercase.size(), personWords.size(), List.copyOf(warnings)));
  }

  // --- GeoNames -------------------------------------------------------------------------------------------------

  private void readCountries(Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 17 || c[16].isBlank() || c[0].isBlank()) {
        continue;
      }
      long population = parseLong(c[7]);
      Draft d = new Draft("geonames:" + c[16].strip(), Kind.COUNTRY, EntityType.LOCATION, c[4].strip(),
          c[0].strip(), Math.max(population, 1));
      countries.putIfAbsent(d.country, d);
    }
  }

  private void readCuratedCountries(Path file) throws IOException {
    for (String[] c : curatedRows(file, 2)) {
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
      addAliases(d, c.length > 2 ? c[2] : "");
    }
  }

  private Map<String, List<Draft>> readCities(Path zip, Set<String> lowercaseWords) throws IOException {
    Set<String> countryNames = new TreeSet<>();
    countries.values().forEach(d -> countryNames.addAll(d.aliases));
    Map<String, List<Draft>> byName = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (!entry.getName().endsWith(".txt")) {
          continue;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          String[] c = line.split("\t", -1);
          if (c.length < 15 || c[1].length() < 3) {
            continue; // one- and two-letter town names ("Ye") are far more often something else
          }
          long population = parseLong(c[14]);
          Draft d = new Draft("geonames:" + c[0], Kind.CITY, EntityType.LOCATION, c[1], c[8],
              Math.max(population, 1));
          d.aliases.add(c[2]);
          if (population >= ALTERNATE_NAMES_MIN_POPULATION && !c[3].isEmpty()) {
            for (String alt : c[3].split(",")) {
              // Another country's name as a city's alternate name ("Andorra" for Andorra la Vella) would shadow it.
              if (LATIN_NAME.matcher(alt).matches() && alt.length() >= 4 && !countryNames.contains(alt)
                  && !lowercaseWords.contains(alt.toLowerCase(Locale.ROOT))) {
                d.aliases.add(alt);
              }
            }
          }
          drafts.add(d);
          byName.computeIfAbsent(key(d.country, c[1]), k -> new ArrayList<>()).add(d);
          if (!c[2].equals(c[1])) {
            byName.computeIfAbsent(key(d.country, c[2]), k -> new ArrayList<>()).add(d);
          }
        }
        break;
      }
    }
    return byName;
  }

  private void readCuratedCities(Path file, Map<String, List<Draft>> citiesByName) throws IOException {
    for (String[] c : curatedRows(file, 3)) {
      List<Draft> candidates = citiesByName.get(key(c[1], c[0]));
      if (candidates == null) {
        warnings.add("cities.tsv: no GeoNames city " + c[0] + " in " + c[1]);
        continue;
      }
      Draft city = candidates.stream().max(Comparator.comparingLong(d -> d.prior)).orElseThrow();
      addAliases(city, c[2]);
      if (c.length > 3 && !c[3].isBlank()) {
        city.name = c[3]; // the English name ("Geneva" for "Genève")
        city.aliases.add(c[3]);
      }
    }
  }

  private void readDemonyms(Path file) throws IOException {
    for (String[] c : curatedRows(file, 2)) {
      Draft country = countries.get(c[0]);
      if (country == null) {
        warnings.add("demonyms.tsv: unknown country code " + c[0]);
        continue;
      }
      String[] forms = c[1].split("\\|");
      Draft d = new Draft(null, Kind.DEMONYM, EntityType.MISC, forms[0], c[0], Math.max(country.prior / 10, 1));
      d.ref = country.id;
      addAliases(d, c[1]);
      drafts.add(d);
    }
  }

  // --- Wikidata ------------------------------------------------------------------------------------------------

  /** Office holders by QID: the canonical name, the country, a higher prior while in office. */
  private Map<String, Draft> readLeaders(Path csv) throws IOException {
    Map<String, String> countryCodes = new HashMap<>();
    countries.values().forEach(d -> d.aliases.forEach(a -> countryCodes.put(a, d.country)));
    Map<String, Draft> people = new TreeMap<>();
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema)
        .readValues(csv.toFile())) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String qid = row.getOrDefault("officeholder", "").strip();
        String label = row.getOrDefault("officeholderLabel", "").strip();
        if (!QID.matcher(qid).matches() || label.isEmpty() || label.equals(qid)) {
          continue;
        }
        String country = countryCodes.get(row.getOrDefault("country", "").replaceFirst("^Kingdom of (the )?", ""));
        boolean current = row.getOrDefault("end_year", "").isBlank();
        Draft d = people.computeIfAbsent(qid,
            q -> new Draft(q, Kind.PERSON, EntityType.PERSON, label, country, FORMER_LEADER_PRIOR));
        if (current) {
          d.prior = PERSON_PRIOR;
        }
        d.aliases.add(fold(label));
      }
    }
    return people;
  }

  // --- curated entities ----------------------------------------------------------------------------------------

  private void readCuratedEntities(Path file, Map<String, Draft> people) throws IOException {
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
          addAliases(known, aliases);
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
      addAliases(d, aliases);
      d.aliases.add(fold(c[0]));
      drafts.add(d);
    }
  }

  // --- lower-case words ----------------------------------------------------------------------------------------

  /**
   * Words the corpora write mostly in lower case (at least three times lower case and at least twice as often as
   * capitalised inside a sentence), plus the curated list, each as "l\tword"; and words seen mostly inside person
   * names, as "p\tWord". Only the CC BY 4.0 sets are read.
   */
  private Set<String> corpusWords(Path curated, Path corpusDir) throws IOException {
    Set<String> words = new TreeSet<>();
    List<String> lines = Files.isRegularFile(curated) ? Files.readAllLines(curated, StandardCharsets.UTF_8) : List.of();
    for (String line : lines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        words.add("l\t" + line.strip().toLowerCase(Locale.ROOT));
      }
    }
    if (corpusDir == null || !Files.isDirectory(corpusDir)) {
      warnings.add("no training corpus at " + corpusDir + ": lower-case words from the curated list only");
      return words;
    }
    Map<String, int[]> counts = new HashMap<>();
    Map<String, int[]> nameCounts = new HashMap<>();
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("wikigold", "btc", "wnut17")) {
      Path d = corpusDir.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.getFileName().toString().matches(".*\\.conll(\\.txt)?")).sorted().forEach(files::add);
        }
      }
    }
    for (Path f : files) {
      boolean sentenceStart = true;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          sentenceStart = true;
          continue;
        }
        String[] cols = line.strip().split("[\t ]+");
        String word = cols[0];
        String tag = cols[cols.length - 1].toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(word.charAt(0)) && word.length() > 2 && word.chars().allMatch(Character::isLetter)) {
          int[] n = nameCounts.computeIfAbsent(word, k -> new int[2]);
          if (tag.endsWith("-per") || tag.endsWith("-person")) {
            n[0]++;
          } else if (tag.endsWith("-loc") || tag.endsWith("-location")) {
            n[1]++;
          }
        }
        if (word.chars().allMatch(Character::isLetter) && word.length() > 1) {
          int[] c = counts.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new int[2]);
          if (word.chars().allMatch(Character::isLowerCase)) {
            c[0]++;
          } else if (!sentenceStart && Character.isUpperCase(word.charAt(0))) {
            c[1]++;
          }
        }
        sentenceStart = false;
      }
    }
    counts.forEach((w, c) -> {
      if (c[0] >= 3 && c[0] >= 2 * c[1]) {
        words.add("l\t" + w);
      }
    });
    // Words mostly seen inside person names ("Martin", "Murray"): a town of that name is a weak guess alone.
    nameCounts.forEach((w, c) -> {
      if (c[0] >= 2 && c[0] > 2 * c[1]) {
        words.add("p\t" + w);
      }
    });
    return words;
  }

  // --- helpers -------------------------------------------------------------------------------------------------

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

  private static void addAliases(Draft d, String aliases) {
    for (String a : aliases.split("\\|")) {
      // "the Ukraine": the tagger finds the name without the article, and the article is not part of it.
      if (!a.isBlank() && !a.startsWith("the ")) {
        d.aliases.add(a.strip());
        d.aliases.add(fold(a.strip()));
      }
    }
  }

  /** Without diacritics: "Erdoğan" → "Erdogan", as English-language copy often writes it. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "");
  }

  private static String key(String country, String name) {
    return country + "\t" + name.toLowerCase(Locale.ROOT);
  }

  private static long parseLong(String s) {
    try {
      return s.isBlank() ? 0 : Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
