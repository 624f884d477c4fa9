package dev.newsflow.extract.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A quick first look at the language of Latin-script prose by its function words ("the", "und", "les", ...): news
 * prose in a major language is dense with them, so a clear majority names the language at a tiny fraction of the
 * statistical model's cost (a look-up per word against n-gram features over 103 languages). Anything less than a
 * clear majority is left to the model ({@link LanguageDetector}).
 *
 * <p>Close relatives are the risk: Catalan and Galician share most Spanish and Portuguese function words,
 * Afrikaans shares Dutch ones, and the Scandinavian languages share German and Dutch ones. Each relative has a few
 * words of its own here; more than one of them in the text sends it to the model.
 *
 * <p>Stateless and thread-safe.
 */
final class FunctionWords {

  /** Fewer function words than this is too little evidence. */
  static final int MIN_HITS = 8;
  /** The winner's function words must be at least this share of all words: prose, not names and numbers. */
  static final double MIN_SHARE = 0.15;
  /** The winner must have this many times the runner-up's hits. */
  static final int MIN_LEAD = 3;

  /** Decided here: frequent words of each language that are rare in the others of the list. */
  private static final Map<String, String> DECIDING = Map.of(
      "en", "the of and to in is that for on with was as by at from are be has have it its this an were which said"
          + " will not but they their been would who he she his her",
      "de", "der die das und ist nicht ein eine einer den dem des mit auf sich für von zu im auch wird wurde sind"
          + " nach bei aus noch wie über sie er hat",
      "fr", "le la les et des est une un du que qui dans pour pas sur au aux avec ce cette il elle sont ont été"
          + " par mais plus ses leur",
      "es", "el los las y del que en por con para una es se lo al como más pero sus fue ha este esta entre sobre"
          + " también según",
      "it", "il lo gli e che di della delle dei degli per con una non sono è nel nella alla anche come ha più del"
          + " sul questo i sulla dalla tra ma sarà stato dopo ai nei già essere dal sui",
      "pt", "o os as e do da dos das que em no na com para uma não é ao pelo pela mais foi seu sua também"
          + " está à às nos nas num numa disse pelos pelas ainda até mas já ser vai vão",
      "nl", "de het een en van is dat op te zijn niet met voor ook aan er maar bij wordt werd nog dit deze"
          + " naar heeft");
  /** Words of close relatives (Catalan, Galician, Afrikaans, Danish, Norwegian, Swedish): the model decides. */
  private static final String RELATIVES = "amb els és aquest seva perquè però nosaltres també" // Catalan
      + " unha coa polo pola máis" // Galician
      + " nie hulle ons sy" // Afrikaans
      + " og ikke af det som på til har jeg efter" // Danish, Norwegian
      + " och inte att är för med av"; // Swedish
  /** More relatives' words than this, and the model decides. */
  static final int MAX_RELATIVE_WORDS = 1;

  private static final String RELATIVE = "relative";
  private static final String AMBIGUOUS = "ambiguous";
  private static final Map<String, String> LANGUAGE_OF = languageOf();

  private FunctionWords() {}

  private static Map<String, String> languageOf() {
    Map<String, String> byWord = new HashMap<>();
    for (String word : RELATIVES.split(" ")) {
      byWord.put(word, RELATIVE);
    }
    DECIDING.forEach((language, words) -> {
      for (String word : words.split(" ")) {
        // A word in two deciding lists decides nothing; a relative's word stays one.
        byWord.merge(word, language, (a, b) -> a.equals(RELATIVE) || a.equals(b) ? a : AMBIGUOUS);
      }
    });
    byWord.values().removeIf(AMBIGUOUS::equals);
    return Map.copyOf(byWord);
  }

  /**
   * The language of {@code text} if its function words name one clearly, else null (the model should decide).
   * Only ISO 639-1 codes of the deciding languages are returned.
   */
  static String clearLanguage(String text) {
    Map<String, Integer> hits = new HashMap<>(16);
    int words = 0;
    int relatives = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      words++;
      String language = LANGUAGE_OF.get(text.substring(start, i).toLowerCase(Locale.ROOT));
      if (language == null) {
        continue;
      }
      if (language.equals(RELATIVE)) {
        relatives++;
      } else {
        hits.merge(language, 1, Integer::sum);
      }
    }
    String best = null;
    int bestHits = 0;
    int secondHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      int h = e.getValue();
      if (h > bestHits) {
        secondHits = bestHits;
        bestHits = h;
        best = e.getKey();
      } else if (h > secondHits) {
        secondHits = h;
      }
    }
    boolean clear = bestHits >= MIN_HITS && bestHits >= MIN_SHARE * words && bestHits >= MIN_LEAD * secondHits
        && relatives <= MAX_RELATIVE_WORDS;
    return clear ? best : null;
  }
}
