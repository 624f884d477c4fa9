package dev.newsflow.extract;

import java.util.function.ToIntFunction;

/**
 * Remembers a per-page answer (bits) for attribute values such as class lists, which sites repeat on hundreds of
 * elements. A small direct-mapped table: a colliding value replaces the one in its slot, so the memo never grows and
 * an answer is at worst computed again, never wrong (a hit needs the values to be equal).
 *
 * <p>Why not a {@link java.util.HashMap}: every element's attribute value is a fresh string, so a map computes
 * {@link String#hashCode()} over the whole value for each element, and on a page walk that was a third of the
 * cost. The slot here comes from the length and a few sampled characters; the check is {@link String#equals},
 * which compares whole arrays at once.
 *
 * <p>One per page and thread; not thread-safe.
 */
public final class AttributeMemo {

  private static final int SLOTS = 1024;

  private final String[] keys = new String[SLOTS];
  private final int[] values = new int[SLOTS];
  private final ToIntFunction<String> compute;

  /** @param compute the answer for a value; must depend on the value only */
  public AttributeMemo(ToIntFunction<String> compute) {
    this.compute = compute;
  }

  /** The answer for {@code value}, computed on first sight of an equal value (while it keeps its slot). */
  public int get(String value) {
    int slot = slot(value);
    String known = keys[slot];
    if (known != null && known.equals(value)) {
      return values[slot];
    }
    int answer = compute.applyAsInt(value);
    keys[slot] = value;
    values[slot] = answer;
    return answer;
  }

  private static int slot(String value) {
    int n = value.length();
    int h = n;
    if (n > 0) {
      h = h * 31 + value.charAt(0);
      h = h * 31 + value.charAt(n - 1);
      h = h * 31 + value.charAt(n >> 1);
      h = h * 31 + value.charAt(n >> 2);
      h = h * 31 + value.charAt(n - 1 - (n >> 2));
      h = h * 31 + value.charAt(n >> 3);
      h = h * 31 + value.charAt(n - 1 - (n >> 3));
    }
    h ^= h >>> 16;
    return (h * 0x9E3779B9 >>> 22) & (SLOTS - 1);
  }
}
