package dev.newsflow.tagging;

import java.util.Locale;

/** Which languages the entity and topic models cover. Only English for now. */
public final class TaggedLanguages {

  private TaggedLanguages() {}

  /**
   * Whether articles in {@code language} (a tag like "en-GB", or null when undetected) get tagged. An unknown
   * language counts: short texts often go undetected and tagging them is the better guess.
   */
  public static boolean isTagged(String language) {
    if (language == null || language.isBlank()) {
      return true;
    }
    String lower = language.toLowerCase(Locale.ROOT);
    return lower.equals("en") || lower.startsWith("en-") || lower.startsWith("en_");
  }
}
