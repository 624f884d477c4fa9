package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.dedupe.Original;
import dev.newsflow.schema.EnrichedArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of {@link NearCandidate} for the band repartition topics: a version byte, the original found so far
 * (flag, first-seen time, id), then the article in the registry wire format of the given article serde, so the
 * article's schema can evolve across a rolling upgrade as on every other topic. The article is written under the
 * subject of the enriched topic, whatever the band topic: internal topics add no registry subjects, and a registry
 * without auto-registration works as long as the output subject exists (which the sink needs anyway).
 *
 * <p>Thread-safe if the article serde is (ours is, once configured).
 */
final class NearCandidateSerde implements Serde<NearCandidate> {

  private static final byte VERSION = 1;

  private final Serde<EnrichedArticle> articles;
  private final String subjectTopic;

  /** @param subjectTopic the topic whose value subject the article is written under (news.enriched) */
  NearCandidateSerde(Serde<EnrichedArticle> articles, String subjectTopic) {
    this.articles = articles;
    this.subjectTopic = subjectTopic;
  }

  @Override
  public Serializer<NearCandidate> serializer() {
    return (topic, candidate) -> candidate == null ? null : write(topic, candidate);
  }

  @Override
  public Deserializer<NearCandidate> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(topic, bytes);
  }

  private byte[] write(String topic, NearCandidate candidate) {
    byte[] article = articles.serializer().serialize(subjectTopic, candidate.article());
    Original original = candidate.original();
    byte[] originalId = original == null ? new byte[0] : original.id().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(1 + 1 + 8 + 4 + originalId.length + article.length)
        .put(VERSION).put((byte) (original == null ? 0 : 1)).putLong(original == null ? 0L : original.firstSeenAt())
        .putInt(originalId.length).put(originalId).put(article)
        .array();
  }

  private NearCandidate read(String topic, byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    byte version = buffer.get();
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown near-candidate version " + version + " on " + topic);
    }
    boolean hasOriginal = buffer.get() == 1;
    long firstSeenAt = buffer.getLong();
    byte[] originalId = new byte[buffer.getInt()];
    buffer.get(originalId);
    EnrichedArticle article = articles.deserializer().deserialize(subjectTopic,
        Arrays.copyOfRange(bytes, buffer.position(), bytes.length));
    Original original = hasOriginal ? new Original(new String(originalId, StandardCharsets.UTF_8), firstSeenAt) : null;
    return new NearCandidate(article, original);
  }
}
