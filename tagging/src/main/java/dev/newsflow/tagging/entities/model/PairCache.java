package dev.newsflow.tagging.entities.model;

import java.util.Arrays;

/**
 * A map from a pair of word ids (two ints) to a value, open addressing over one long per key, so that looking up a
 * word pair builds no string and boxes nothing. Bounded: it empties itself when it reaches {@code maxSize}.
 *
 * <p>Not thread-safe.
 */
final class PairCache<V> {

  private static final long EMPTY = -1L;

  private final int maxSize;
  private long[] keys;
  private Object[] values;
  private int size;

  PairCache(int maxSize) {
    this.maxSize = maxSize;
    clear();
  }

  static long key(int first, int second) {
    return ((long) first << 32) | (second & 0xffffffffL);
  }

  @SuppressWarnings("unchecked")
  V get(long key) {
    int mask = keys.length - 1;
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return (V) values[slot];
      }
      if (k == EMPTY) {
        return null;
      }
    }
  }

  /** Stores a value (not null) for a key that is not in the cache. */
  void put(long key, V value) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("reserved key");
    }
    if (size >= maxSize) {
      clear();
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    insert(key, value);
    size++;
  }

  int size() {
    return size;
  }

  void clear() {
    keys = new long[16];
    Arrays.fill(keys, EMPTY);
    values = new Object[16];
    size = 0;
  }

  private void insert(long key, Object value) {
    int mask = keys.length - 1;
    int slot = hash(key) & mask;
    while (keys[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new Object[oldValues.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
