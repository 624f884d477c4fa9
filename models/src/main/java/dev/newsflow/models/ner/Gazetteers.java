package dev.newsflow.models.ner;

import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Builds the gazetteers the model's feature descriptor names ({@code places.dict}: countries, cities, regions;
 * {@code firstnames.dict}; {@code demonyms.dict}: demonyms, events and other MISC names; {@code orgs.dict}:
 * organisation words, clubs, companies and bodies) from the project's own lists ({@code lists/*.txt} in the
 * project training folder, one entry a line, {@code #} comments) and from GeoNames (country names, capitals and the
 * names of cities above 15,000 people). Entries are tokenized like the text the model reads, so "U.S." or
 * "Bosnia-Herzegovina" match token for token. The lists travel inside the model file.
 */
public final class Gazetteers {

  private final NewsTokenizer tokenizer = new NewsTokenizer();

  /** Dictionaries by the resource names the descriptor uses. Missing optional inputs give smaller lists. */
  public Map<String, Object> build(Path projectDir, Path gazetteerDir) throws IOException {
    Path lists = projectDir.resolve("lists");
    TreeSet<String> places = union(lists, "countries", "cities", "regions");
    if (gazetteerDir != null && Files.isDirectory(gazetteerDir.resolve("geonames"))) {
      readGeoNames(gazetteerDir.resolve("geonames"), places);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("places.dict", dictionary(places));
    out.put("firstnames.dict", dictionary(union(lists, "first-names")));
    out.put("demonyms.dict", dictionary(union(lists, "demonyms", "events", "misc-names")));
    out.put("orgs.dict", dictionary(union(lists, "organization-words", "clubs", "companies", "bodies")));
    return out;
  }

  private static TreeSet<String> union(Path lists, String... names) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    for (String name : names) {
      out.addAll(readList(lists.resolve(name + ".txt")));
    }
    return out;
  }

  /** The lines of a project list, without comments and blanks; empty when the file does not exist. */
  public static List<String> readList(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static void readGeoNames(Path geonames, TreeSet<String> places) throws IOException {
    Path countries = geonames.resolve("countryInfo.txt");
    if (Files.exists(countries)) {
      for (String line : Files.readAllLines(countries, StandardCharsets.UTF_8)) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length > 5) {
          addIfName(places, f[4]);
          addIfName(places, f[5]);
        }
      }
    }
    Path cities = geonames.resolve("cities15000.zip");
    if (Files.exists(cities)) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(cities))) {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
          if (!entry.getName().endsWith(".txt")) {
            continue;
          }
          BufferedReader reader = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
          String line;
          while ((line = reader.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f.length > 2) {
              addIfName(places, f[1]);
              addIfName(places, f[2]);
            }
          }
        }
      }
    }
  }

  /** Capitalised names only: GeoNames writes some places in lower case ("les Escaldes"). */
  private static void addIfName(TreeSet<String> set, String name) {
    if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
      set.add(name);
    }
  }

  private Dictionary dictionary(TreeSet<String> entries) {
    Dictionary dictionary = new Dictionary(true);
    for (String entry : entries) {
      List<Token> tokens = tokenizer.tokenize(entry);
      if (!tokens.isEmpty()) {
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        dictionary.put(new StringList(words));
        // Headlines are in capitals ("TIGNES, France"): the upper-case form matches too.
        String[] upper = new String[words.length];
        for (int i = 0; i < words.length; i++) {
          upper[i] = words[i].toUpperCase(Locale.ROOT);
        }
        dictionary.put(new StringList(upper));
      }
    }
    return dictionary;
  }
}
