package dev.newsflow.extract.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Detects the language of a text: ISO 639-1 code, or null when the text is too short or the guess is unsure.
 *
 * <p>Scripts that belong to one language (kana, Hangul, Greek, Hebrew, Thai, ...) decide directly, and so does a
 * clear majority of one major language's function words ({@link FunctionWords}, about a hundredth of the model's
 * cost); everything else goes to Apache OpenNLP's {@code langdetect-183} model (103 languages, character n-grams,
 * shipped as a Maven artifact, so nothing is downloaded at run time). Only the opening of the text is looked at, first
 * {@value #FIRST_SAMPLE_CHARS} characters and, when that is unsure, {@value #SAMPLE_CHARS}: a news paragraph or two
 * decides the language, and the model's cost grows with the text.
 *
 * <p>Stateless and thread-safe. The model (about 10 MB) is loaded once, on first use, and shared.
 */
public final class LanguageDetector {

  /**
   * Characters examined. The model's cost grows with the text (about 2 ms per 1,000 characters on this machine, as
   * much as a small page's parse); a paragraph is plenty for news prose.
   */
  static final int SAMPLE_CHARS = 600;
  /**
   * Characters tried first: two or three sentences settle most news prose at under half the cost; only an unsure
   * first look goes on to {@link #SAMPLE_CHARS}.
   */
  static final int FIRST_SAMPLE_CHARS = 250;
  /** Fewer letters than this is a guess, not a detection. */
  static final int MIN_LETTERS = 20;
  /**
   * The best guess must score at least this: about three times the 1/103 of a uniform (clueless) distribution. The
   * model's scores are small even when right, since close relatives (Dutch/Afrikaans, Bokmål/Nynorsk) share mass.
   */
  static final double MIN_CONFIDENCE = 0.03;
  /** The best language must beat the runner-up by this factor, otherwise we are unsure. */
  static final double MIN_MARGIN = 1.1;

  /** ISO 639-3 codes of the model whose 639-1 code Locale does not give (macro languages, legacy codes). */
  private static final Map<String, String> OVERRIDES = Map.ofEntries(Map.entry("cmn", "zh"),
      Map.entry("pes", "fa"), Map.entry("lvs", "lv"), Map.entry("ekk", "et"), Map.entry("zsm", "ms"),
      Map.entry("plt", "mg"), Map.entry("pnb", "pa"), Map.entry("heb", "he"), Map.entry("ind", "id"),
      Map.entry("yid", "yi"), Map.entry("nob", "nb"), Map.entry("nno", "nn"));
  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private LanguageDetector() {}

  /**
   * The language of {@code text}.
   *
   * @return an ISO 639-1 code such as {@code "en"}, or null when unsure (short, mixed or unknown)
   */
  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    ScriptCounts scripts = ScriptCounts.of(sample);
    if (scripts.letters() < MIN_LETTERS) {
      return null;
    }
    String byScript = scripts.singleLanguage();
    if (byScript != null) {
      return byScript;
    }
    String byFunctionWords = FunctionWords.clearLanguage(sample);
    if (byFunctionWords != null) {
      return byFunctionWords;
    }
    int firstEnd = sample.lastIndexOf(' ', FIRST_SAMPLE_CHARS);
    if (sample.length() > FIRST_SAMPLE_CHARS && firstEnd > FIRST_SAMPLE_CHARS / 2) {
      String first = byModel(sample.substring(0, firstEnd));
      if (first != null) {
        return first;
      }
    }
    return byModel(sample);
  }

  private static String byModel(String sample) {
    Language[] ranked = Model.DETECTOR.predictLanguages(sample);
    if (ranked.length == 0) {
      return null;
    }
    String best = ISO3_TO_ISO1.get(ranked[0].getLang());
    if (ranked[0].getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    if (ranked.length > 1) {
      String second = ISO3_TO_ISO1.get(ranked[1].getLang());
      boolean sameLanguage = best != null && best.equals(second);
      if (!sameLanguage && ranked[0].getConfidence() < MIN_MARGIN * ranked[1].getConfidence()) {
        return null;
      }
    }
    return best;
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      map.put(new Locale(iso1).getISO3Language(), iso1);
    }
    map.putAll(OVERRIDES);
    return Map.copyOf(map);
  }

  /** Holder idiom: the model loads on first detection, not when the class is touched. */
  private static final class Model {
    static final ThreadSafeLanguageDetectorME DETECTOR = new ThreadSafeLanguageDetectorME(load());

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("langdetect-183.bin not on the class path (opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the language model", e);
      }
    }
  }
}
