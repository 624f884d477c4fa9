package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.enrich.limits.RecordSizeGuard;
import dev.newsflow.ops.metrics.PipelineMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' production exception handler for records too large for the topic they go to: the source record
 * goes to the DLQ (bounded, stage = the processor that wrote, such as {@code enriched-sink}) and processing goes
 * on. {@link RecordSizeGuard} refuses such records as they are serialized, so nothing is sent and an exactly-once
 * transaction stays good; a refusal by the producer or the broker arrives here too, where under exactly-once the
 * transaction is already lost. Every other error fails as with Kafka's default handler.
 */
public class OversizedRecordExceptionHandler extends DefaultProductionExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(OversizedRecordExceptionHandler.class);

  private MeterRegistry registry;
  private RecordLimits limits;
  private String dlqTopic;

  @Override
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    registry = EnrichMetrics.fromConfig(configs);
    limits = RecordLimits.fromConfig(configs, EnrichConfig.DEFAULT_MAX_RECORD_BYTES);
    Object dlq = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    dlqTopic = dlq == null ? null : dlq.toString();
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
      Exception exception) {
    return exception instanceof RecordTooLargeException ? deadLetter(context, record.topic(), exception)
        : super.handleError(context, record, exception);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
      SerializationExceptionOrigin origin) {
    return exception instanceof RecordTooLargeException ? deadLetter(context, record.topic(), exception)
        : super.handleSerializationError(context, record, exception, origin);
  }

  private Response deadLetter(ErrorHandlerContext context, String topic, Exception exception) {
    String stage = context.processorNodeId();
    // No content here: sizes, topic and offsets only.
    LOG.warn("record {}-{}@{} too large for topic {} at {}: {}", context.topic(), context.partition(),
        context.offset(), topic, stage, exception.getMessage());
    if (dlqTopic == null) {
      return Response.resume();
    }
    if (registry != null) {
      PipelineMetrics.deadLetter(registry, stage);
    }
    return Response.resume(List.of(BoundedDeadLetters.of(dlqTopic, context, stage, exception, limits)));
  }
}
