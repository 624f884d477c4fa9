package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Word-shape and position tests the finders, the rules in {@code entities.rules} and the merger share. Public only
 * for that package: not part of the tagging API.
 */
public final class Shapes {

  /** Function words, pronouns and discourse words: never a name alone, even when capitalised. */
  public static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "nor", "if", "then",
      "when", "while", "as", "in", "on", "at", "for", "with", "of", "to", "from", "by", "after", "before", "since",
      "until", "during", "under", "over", "about", "into", "through", "between", "against", "without", "within",
      "among", "i", "he", "she", "it", "we", "they", "you", "me", "him", "her", "us", "them", "his", "hers", "its",
      "our", "their", "my", "your", "this", "that", "these", "those", "there", "here", "who", "what", "which", "where",
      "why", "how", "not", "no", "yes", "all", "some", "any", "each", "every", "both", "also", "so", "yet", "still",
      "just", "only", "even", "more", "most", "less", "many", "much", "such", "other", "another", "one", "two", "three",
      "first", "last", "next", "new", "old", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do",
      "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "mr", "mrs", "ms",
      "dr", "mr.", "mrs.", "ms.", "dr.", "according", "however", "meanwhile", "details", "read", "update", "updated",
      "breaking", "live", "watch", "photo", "video", "editing", "reporting", "writing", "additional");

  /** Days and months: not names on their own in news conventions. */
  public static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
      "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
      "today", "yesterday", "tomorrow", "tonight");

  private Shapes() { }

  public static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  public static boolean hasLetter(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetter(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word (not punctuation, not a number). */
  public static boolean isCapitalisedWord(String word) {
    return startsUpper(word) && hasLetter(word);
  }

  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** Token {@code i} opens its sentence: nothing but punctuation, numbers and quotes before it. */
  public static boolean isSentenceStart(List<Token> tokens, int i) {
    for (int k = 0; k < i; k++) {
      if (hasLetter(tokens.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * A headline-style line: nearly every word capitalised (title case, small function words aside) or in capitals,
   * ordinary words among them ("Leaders Meet to Revive Peace Talks"). In such a line capitalisation says nothing
   * about names. A line of names ("Alexandra Meissnitzer (Austria)") is not one.
   */
  public static boolean isHeadline(List<Token> tokens, Predicate<String> isLowercaseWord) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      String w = t.text();
      if (!hasLetter(w)) {
        continue;
      }
      if (!startsUpper(w)) {
        if (w.length() <= 4 && FUNCTION_WORDS.contains(w)) {
          continue; // "of", "to", "and" stay lower case in title case
        }
        words++;
        continue;
      }
      words++;
      capitalised++;
    }
    if (words < 3 || capitalised < 0.8 * words) {
      return false;
    }
    boolean ordinary = false;
    for (Token t : tokens) {
      if (startsUpper(t.text()) && isLowercaseWord.test(t.text())) {
        ordinary = true;
        break;
      }
    }
    return words >= 3 && capitalised >= 0.8 * words && ordinary;
  }
}
