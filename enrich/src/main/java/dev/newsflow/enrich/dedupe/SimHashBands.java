package dev.newsflow.enrich.dedupe;

/**
 * Splits a 64-bit SimHash into disjoint bit bands for near-duplicate lookup. By the pigeonhole principle, two
 * hashes that differ in at most {@code k} bits agree exactly on at least one of {@code k + 1} disjoint bands, so
 * looking up each band value exactly finds every candidate within distance {@code k} (candidates are then checked
 * with the full distance). When 64 does not divide evenly, the first bands are one bit wider.
 *
 * <p>Immutable and thread-safe.
 */
public final class SimHashBands {

  /** At most 8 bands, so each band keeps at least 8 bits and a band value still narrows the candidates. */
  public static final int MAX_BANDS = 8;

  private final int[] shifts;
  private final long[] masks;

  /** Bands for {@code count} parts of the hash; 1 to {@value #MAX_BANDS}. */
  public SimHashBands(int count) {
    if (count < 1 || count > MAX_BANDS) {
      throw new IllegalArgumentException("band count must be 1.." + MAX_BANDS + ": " + count);
    }
    shifts = new int[count];
    masks = new long[count];
    int base = Long.SIZE / count;
    int wider = Long.SIZE % count;
    int shift = 0;
    for (int i = 0; i < count; i++) {
      int width = base + (i < wider ? 1 : 0);
      shifts[i] = shift;
      masks[i] = width == Long.SIZE ? -1L : (1L << width) - 1;
      shift += width;
    }
  }

  /** The bands that guarantee every pair within {@code maxDistance} bits shares a band. */
  public static SimHashBands forMaxDistance(int maxDistance) {
    return new SimHashBands(maxDistance + 1);
  }

  public int count() {
    return shifts.length;
  }

  /** The value of band {@code index} of {@code simHash} (its bits, shifted down). */
  public long band(long simHash, int index) {
    if (index < 0 || index >= shifts.length) {
      throw new IndexOutOfBoundsException("band " + index + " of " + shifts.length);
    }
    return (simHash >>> shifts[index]) & masks[index];
  }

  /** Width in bits of band {@code index}. */
  public int width(int index) {
    return Long.bitCount(masks[index]);
  }

  /** True if the two hashes agree on at least one whole band, i.e. a band lookup would find one from the other. */
  public boolean shareBand(long a, long b) {
    for (int i = 0; i < shifts.length; i++) {
      if (band(a, i) == band(b, i)) {
        return true;
      }
    }
    return false;
  }
}
