package dev.newsflow.enrich.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, when enrich starts, how large a record each topic it writes admits, into its {@link RecordLimits}. The
 * application's own repartition topics are raised to {@code max.record.bytes} when an earlier version created them
 * smaller; the shared topics (enriched, DLQ) are only read, and a warning says how to raise them. Stateless.
 */
public final class TopicLimits {

  private static final Logger LOG = LoggerFactory.getLogger(TopicLimits.class);
  /** Kafka's default message.max.bytes, assumed for a topic whose configuration cannot be read. */
  static final int KAFKA_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;
  private static final String REPARTITION_SUFFIX = "-repartition";

  private TopicLimits() {}

  /** The full names of {@code topology}'s repartition topics for {@code applicationId}. */
  public static Set<String> repartitionTopics(Topology topology, String applicationId) {
    Set<String> topics = new LinkedHashSet<>();
    for (TopologyDescription.Subtopology subtopology : topology.describe().subtopologies()) {
      for (TopologyDescription.Node node : subtopology.nodes()) {
        if (node instanceof TopologyDescription.Sink sink && sink.topic() != null
            && sink.topic().endsWith(REPARTITION_SUFFIX)) {
          String prefix = applicationId + "-";
          topics.add(sink.topic().startsWith(prefix) ? sink.topic() : prefix + sink.topic());
        }
      }
    }
    return topics;
  }

  /**
   * Loads the limits of {@code sharedTopics} and {@code ownTopics} into {@code limits}, raising own topics that
   * admit less than {@code limits.maxRecordBytes()}.
   */
  public static void load(Admin admin, Collection<String> sharedTopics, Collection<String> ownTopics,
      RecordLimits limits, Duration timeout) {
    int wanted = limits.maxRecordBytes();
    Map<String, Integer> current = read(admin, sharedTopics, ownTopics, timeout);
    for (String topic : ownTopics) {
      Integer admits = current.get(topic);
      if (admits != null && admits < wanted) {
        admits = raise(admin, topic, admits, wanted, timeout);
      }
      if (admits != null) {
        limits.topicAdmits(topic, admits);
      }
    }
    for (String topic : sharedTopics) {
      int admits = current.getOrDefault(topic, KAFKA_DEFAULT_MAX_MESSAGE_BYTES);
      limits.topicAdmits(topic, admits);
      if (admits < wanted) {
        LOG.warn("topic {} admits records of at most {} bytes (max.message.bytes), less than max.record.bytes {}: "
            + "larger records written there go to the dead-letter topic, cut to fit; to admit them: "
            + "kafka-configs --alter --entity-type topics --entity-name {} --add-config max.message.bytes={}",
            topic, admits, wanted, topic, wanted);
      }
    }
  }

  /** Each existing topic's max.message.bytes; topics that do not exist (yet) or cannot be read are left out. */
  private static Map<String, Integer> read(Admin admin, Collection<String> shared, Collection<String> own,
      Duration timeout) {
    List<ConfigResource> resources = new ArrayList<>();
    Set<String> all = new LinkedHashSet<>(shared);
    all.addAll(own);
    all.forEach(topic -> resources.add(new ConfigResource(ConfigResource.Type.TOPIC, topic)));
    Map<String, Integer> limits = new HashMap<>();
    for (Map.Entry<ConfigResource, KafkaFuture<Config>> entry
        : admin.describeConfigs(resources).values().entrySet()) {
      String topic = entry.getKey().name();
      try {
        ConfigEntry value = entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
        if (value != null && value.value() != null) {
          limits.put(topic, Integer.parseInt(value.value()));
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          LOG.warn("cannot read max.message.bytes of topic {} ({}); assuming Kafka's default {}", topic,
              e.getCause().toString(), KAFKA_DEFAULT_MAX_MESSAGE_BYTES);
          limits.put(topic, KAFKA_DEFAULT_MAX_MESSAGE_BYTES);
        }
      } catch (TimeoutException | NumberFormatException e) {
        LOG.warn("cannot read max.message.bytes of topic {} ({}); assuming Kafka's default {}", topic, e.toString(),
            KAFKA_DEFAULT_MAX_MESSAGE_BYTES);
        limits.put(topic, KAFKA_DEFAULT_MAX_MESSAGE_BYTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading topic configurations", e);
      }
    }
    return limits;
  }

  /** Raises an own topic's max.message.bytes; returns what it admits afterwards. */
  private static int raise(Admin admin, String topic, int admits, int wanted, Duration timeout) {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    AlterConfigOp set = new AlterConfigOp(
        new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(wanted)), AlterConfigOp.OpType.SET);
    try {
      admin.incrementalAlterConfigs(Map.of(resource, List.of(set))).all()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      LOG.info("raised max.message.bytes of internal topic {} from {} to {}", topic, admits, wanted);
      return wanted;
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("cannot raise max.message.bytes of internal topic {} from {} to {} ({}): larger records go to the "
          + "dead-letter topic", topic, admits, wanted, e instanceof ExecutionException ? e.getCause() : e);
      return admits;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while raising max.message.bytes of " + topic, e);
    }
  }
}
