package dev.newsflow.tagging.topics;

import java.util.Arrays;
import java.util.Collection;

/**
 * Numbers for the words the topic classifier knows (its lexicon's and its Naive Bayes model's), looked up straight
 * from a character buffer so that tokenising an article makes no string for a word and boxes nothing; a word it
 * does not know gets -1. Open addressing over the words' {@link String#hashCode}.
 *
 * <p>Immutable and thread-safe.
 */
final class TermIds {

  private final String[] words;
  private final int[] slots;
  private final int mask;

  private TermIds(String[] words) {
    this.words = words;
    int capacity = Integer.highestOneBit(Math.max(16, words.length * 3)) << 1;
    this.slots = new int[capacity];
    Arrays.fill(slots, -1);
    this.mask = capacity - 1;
    for (int id = 0; id < words.length; id++) {
      int slot = spread(words[id].hashCode()) & mask;
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id;
    }
  }

  /** Ids 0..n-1 for the distinct words, in the order first given. */
  static TermIds of(Collection<String> words) {
    return new TermIds(words.stream().distinct().toArray(String[]::new));
  }

  int size() {
    return words.length;
  }

  String word(int id) {
    return words[id];
  }

  int id(String word) {
    return id(word.toCharArray(), word.length());
  }

  /** The id of the word in {@code buffer[0..length)}, or -1. */
  int id(char[] buffer, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + buffer[i];
    }
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int id = slots[slot];
      if (id < 0) {
        return -1;
      }
      String w = words[id];
      if (w.length() == length && sameChars(w, buffer, length)) {
        return id;
      }
    }
  }

  private static boolean sameChars(String word, char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (word.charAt(i) != buffer[i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
