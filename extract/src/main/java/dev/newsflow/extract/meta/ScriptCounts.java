package dev.newsflow.extract.meta;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Letters of a text counted by Unicode script; some scripts name their language outright. Immutable. */
record ScriptCounts(int letters, Map<UnicodeScript, Integer> byScript) {

  /** Scripts used by (practically) one language. Cyrillic, Arabic, Latin and Devanagari are shared, so absent. */
  private static final Map<UnicodeScript, String> SINGLE_LANGUAGE_SCRIPTS = Map.of(UnicodeScript.HANGUL, "ko",
      UnicodeScript.GREEK, "el", UnicodeScript.HEBREW, "he", UnicodeScript.THAI, "th", UnicodeScript.GEORGIAN, "ka",
      UnicodeScript.ARMENIAN, "hy", UnicodeScript.KHMER, "km", UnicodeScript.LAO, "lo");

  static ScriptCounts of(CharSequence text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    return new ScriptCounts(letters, counts);
  }

  int count(UnicodeScript script) {
    return byScript.getOrDefault(script, 0);
  }

  /** The language the script mix implies, or null when the script is shared by several languages. */
  String singleLanguage() {
    int kana = count(UnicodeScript.HIRAGANA) + count(UnicodeScript.KATAKANA);
    int han = count(UnicodeScript.HAN);
    // Japanese mixes kanji with kana; Chinese has no kana at all.
    if (kana * 10 >= letters) {
      return "ja";
    }
    if (han * 2 >= letters) {
      return "zh";
    }
    for (Map.Entry<UnicodeScript, String> e : SINGLE_LANGUAGE_SCRIPTS.entrySet()) {
      if (count(e.getKey()) * 2 >= letters) {
        return e.getValue();
      }
    }
    return null;
  }
}
