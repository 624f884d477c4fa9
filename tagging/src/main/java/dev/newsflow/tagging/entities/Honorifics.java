package dev.newsflow.tagging.entities;

import java.util.Set;

/** Honorifics before a name ("Mr. Putin", "Dr Marsh"): the resolver compares and groups names without them. */
final class Honorifics {

  private static final Set<String> WORDS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.",
      "Sir", "Dame", "Lord");

  private Honorifics() { }

  /** {@code s} without a leading honorific and the space after it. */
  static String strip(String s) {
    int space = s.indexOf(' ');
    if (space > 0 && WORDS.contains(s.substring(0, space))) {
      return s.substring(space + 1).strip();
    }
    return s;
  }
}
