package dev.newsflow.extract.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author names out of byline strings: without "By", "Email the author" and roles ("Jane Doe, Staff Writer"),
 * split on "and", "&amp;", ";" and "|", no URLs, handles or e-mail addresses, no publisher names; case untouched.
 * Stateless and thread-safe.
 */
final class AuthorNames {

  private static final Pattern PREFIX = Pattern.compile(
      "^((?i)written\\s+|reported\\s+|posted\\s+)?(by|By|BY|von|Von|par|Par|por|Por|door|Door)\\b[:\\s]*");
  private static final Pattern NOISE = Pattern.compile(
      "(?i)\\b(email|e-mail|contact|follow)( the)? authors?\\b|\\bview (all )?(posts|articles)\\b|\\bupdated\\b.*$"
      + "|\\b(on\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day\\b.*$");
  private static final Pattern SPLIT = Pattern.compile("\\s+(?:and|AND|und|et|y|e)\\s+|\\s*[&;|/]\\s*");
  /** Words that make a comma-separated part a job title or an outlet, not a person. */
  private static final Pattern ROLE = Pattern.compile("(?i)\\b(writer|reporter|correspondent|editor|editors|staff|"
      + "contributor|contributing|columnist|journalist|producer|analyst|bureau|chief|senior|associated|press|news|"
      + "desk|team|special|for|the|of|in|at)\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$");
  private static final Pattern NOT_A_NAME = Pattern.compile("(?i)\\s*(https?:|www\\.|://|@|\\d|[()\\[\\]]|\\.(com|org|net)\\b)");
  /** News agencies credited in bylines; organisations, not authors. */
  private static final Set<String> AGENCIES = Set.of("reuters", "ap", "afp", "associated press",
      "agence france-presse", "dpa", "bloomberg", "pa", "pa media", "ansa", "efe", "xinhua", "upi", "staff",
      "staff reporter", "editorial staff", "admin", "administrator");
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da",
      "di", "del", "della", "dos", "das", "du", "la", "le", "ten", "ter", "bin", "al", "el", "y", "e", "zu", "af");
  private static final int MAX_WORDS = 5;
  private static final int MAX_CHARS = 60;

  private AuthorNames() {}

  /**
   * The names in {@code raw}, cleaned.
   *
   * @param excluded publisher and organisation names that are never authors, compared like site names (case and
   *     punctuation ignored, one a prefix of the other: "Business Insider" vs "Business Insider Deutschland")
   */
  static List<String> parse(String raw, Collection<String> excluded) {
    List<String> names = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return names;
    }
    if (NOT_A_NAME.matcher(raw).lookingAt()) {
      return names; // A profile URL or handle as a whole.
    }
    String s = NOISE.matcher(SPACES.matcher(raw).replaceAll(" ").strip()).replaceAll(" ").strip();
    s = PREFIX.matcher(s).replaceFirst("");
    for (String part : SPLIT.split(s)) {
      String[] commaParts = COMMA.split(part);
      addIfName(commaParts[0], excluded, names);
      for (int i = 1; i < commaParts.length; i++) {
        // After a comma come roles ("Staff Writer") or co-authors ("Jane Doe, John Roe"); keep only full names.
        String extra = commaParts[i];
        if (extra.split(" ").length >= 2 && !ROLE.matcher(extra).find()) {
          addIfName(extra, excluded, names);
        }
      }
    }
    return names;
  }

  /** Joins name lists in order, dropping case-insensitive duplicates. */
  static List<String> dedupe(List<String> names) {
    Map<String, String> unique = new LinkedHashMap<>();
    names.forEach(n -> unique.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
    return List.copyOf(unique.values());
  }

  /** Capitalised words, allowing particles ("Ludwig van Beethoven"); "The Russian" or "defense ministries" are not. */
  private static boolean looksLikeName(String name) {
    String[] words = name.split(" ");
    if (words.length > 1 && words[0].equals("The")) {
      return false;
    }
    for (String word : words) {
      if (Character.isLowerCase(word.codePointAt(0)) && !PARTICLES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static void addIfName(String candidate, Collection<String> excluded, List<String> names) {
    String name = PREFIX.matcher(candidate.strip()).replaceFirst("");
    name = EDGE_PUNCTUATION.matcher(name).replaceAll("").strip();
    if (name.isEmpty() || name.length() > MAX_CHARS || name.split(" ").length > MAX_WORDS
        || NOT_A_NAME.matcher(name).find() || !Character.isLetter(name.codePointAt(0))) {
      return;
    }
    if (AGENCIES.contains(name.toLowerCase(Locale.ROOT)) || !looksLikeName(name)) {
      return;
    }
    for (String ex : excluded) {
      if (ex != null && Titles.sameSite(name, ex)) {
        return;
      }
    }
    names.add(name);
  }
}
