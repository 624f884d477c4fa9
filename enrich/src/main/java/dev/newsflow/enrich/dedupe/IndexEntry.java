package dev.newsflow.enrich.dedupe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One article in a band of the near-duplicate index: its id and SimHash, and the original it resolved to when it
 * was indexed (itself if it was not a copy). Compact binary form for state stores, versioned by a leading byte.
 * Immutable.
 */
public record IndexEntry(String id, long simHash, Original original) {

  private static final byte VERSION = 1;

  public IndexEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(original, "original");
  }

  public byte[] toBytes() {
    byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
    byte[] originalBytes = original.id().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(1 + 8 + 8 + 4 + idBytes.length + 4 + originalBytes.length)
        .put(VERSION).putLong(simHash).putLong(original.firstSeenAt())
        .putInt(idBytes.length).put(idBytes).putInt(originalBytes.length).put(originalBytes)
        .array();
  }

  public static IndexEntry fromBytes(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    byte version = buffer.get();
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown index entry version " + version);
    }
    long simHash = buffer.getLong();
    long firstSeenAt = buffer.getLong();
    String id = string(buffer);
    return new IndexEntry(id, simHash, new Original(string(buffer), firstSeenAt));
  }

  private static String string(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.getInt()];
    buffer.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
