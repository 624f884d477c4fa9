package dev.newsflow.models.kb;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.kb.KbEntry.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the GeoNames files: the countries ({@code countryInfo.txt}) and the cities over 15,000 people. */
final class GeoNamesReader {

  /** Latin alternate names are kept only for cities this large; smaller ones keep their GeoNames name. */
  static final long ALTERNATE_NAMES_MIN_POPULATION = 100_000;
  private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}[\\p{IsLatin}'’. -]*\\p{Ll}[\\p{IsLatin}'’. -]*");

  /**
   * The cities of the file.
   *
   * @param all in file order
   * @param byName by {@link #key} of country code and name, and of country code and ASCII name; a country may have
   *     more than one city of a name
   */
  record Cities(List<Draft> all, Map<String, List<Draft>> byName) { }

  private GeoNamesReader() {}

  /** The countries by ISO code, from GeoNames' {@code countryInfo.txt}. */
  static Map<String, Draft> readCountries(Path file) throws IOException {
    Map<String, Draft> countries = new TreeMap<>();
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
    return countries;
  }

  /**
   * The cities of GeoNames' {@code cities15000.zip}.
   *
   * @param countries their names are not taken as alternate names of a city
   * @param lowercaseWords words mostly written in lower case, not taken as alternate names either
   */
  static Cities readCities(Path zip, Collection<Draft> countries, Set<String> lowercaseWords) throws IOException {
    Set<String> countryNames = new TreeSet<>();
    countries.forEach(d -> countryNames.addAll(d.aliases));
    List<Draft> all = new ArrayList<>();
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
          all.add(d);
          byName.computeIfAbsent(key(d.country, c[1]), k -> new ArrayList<>()).add(d);
          if (!c[2].equals(c[1])) {
            byName.computeIfAbsent(key(d.country, c[2]), k -> new ArrayList<>()).add(d);
          }
        }
        break;
      }
    }
    return new Cities(all, byName);
  }

  /** The key of a city name in {@link Cities#byName}. */
  static String key(String country, String name) {
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
