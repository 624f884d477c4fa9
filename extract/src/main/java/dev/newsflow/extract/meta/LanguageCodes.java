package dev.newsflow.extract.meta;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Declared language tags ({@code en-US}, {@code pt_BR}, {@code iw}) to ISO 639-1 codes. Stateless. */
final class LanguageCodes {

  /** Legacy codes some sites (and old JDKs) still emit. */
  private static final Map<String, String> LEGACY = Map.of("iw", "he", "in", "id", "ji", "yi");

  private LanguageCodes() {}

  /** The primary subtag as a lower-case 2-letter code, or null when the tag is not a language code. */
  private static final Pattern SUBTAG_SEPARATOR = Pattern.compile("[-_.\\s]");
  private static final Pattern TWO_LETTERS = Pattern.compile("[a-z]{2}");

  static String normalize(String tag) {
    if (tag == null) {
      return null;
    }
    String primary = SUBTAG_SEPARATOR.split(tag.strip(), 2)[0].toLowerCase(Locale.ROOT);
    if (!TWO_LETTERS.matcher(primary).matches()) {
      return null;
    }
    return LEGACY.getOrDefault(primary, primary);
  }
}
