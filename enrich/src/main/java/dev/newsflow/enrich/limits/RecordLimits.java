package dev.newsflow.enrich.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The largest record enrich may write to each topic: the smaller of its producer's {@code max.request.size} (the
 * {@code max.record.bytes} setting) and the topic's {@code max.message.bytes} where that is known (read when the
 * service starts, see {@link TopicLimits}). A record over the limit, sent anyway, would be refused and stop the
 * stream thread at the same offset on every retry. Thread-safe.
 */
public final class RecordLimits {

  /** The Streams property under which the exception handlers find this instance. */
  public static final String CONFIG = "newsflow.record.limits";
  /** Room left for the key, headers and the record batch's framing (ids and our headers are far smaller). */
  public static final int FRAMING_BYTES = 8 * 1024;

  private final int maxRecordBytes;
  private final Map<String, Integer> topicLimits = new ConcurrentHashMap<>();

  public RecordLimits(int maxRecordBytes) {
    if (maxRecordBytes <= FRAMING_BYTES) {
      throw new IllegalArgumentException("max record bytes must be over " + FRAMING_BYTES + ": " + maxRecordBytes);
    }
    this.maxRecordBytes = maxRecordBytes;
  }

  /** The instance in a Streams configuration, or one with {@code fallback} bytes when there is none. */
  public static RecordLimits fromConfig(Map<String, ?> configs, int fallback) {
    return configs.get(CONFIG) instanceof RecordLimits limits ? limits : new RecordLimits(fallback);
  }

  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  /** Records that {@code topic} admits records of at most {@code maxMessageBytes} (its max.message.bytes). */
  public void topicAdmits(String topic, int maxMessageBytes) {
    topicLimits.put(topic, maxMessageBytes);
  }

  /** The largest whole record (key, value, headers, framing) that {@code topic} gets from enrich. */
  public int recordLimit(String topic) {
    Integer topicLimit = topicLimits.get(topic);
    return topicLimit == null ? maxRecordBytes : Math.min(maxRecordBytes, topicLimit);
  }

  /** The largest serialized value enrich sends to {@code topic}. */
  public int valueLimit(String topic) {
    return recordLimit(topic) - FRAMING_BYTES;
  }

  @Override
  public String toString() {
    return "RecordLimits[max " + maxRecordBytes + ", topics " + topicLimits + "]";
  }
}
