package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.schemas.kafka.Stage;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Streams' log-and-continue handler for records that cannot be deserialized, which already builds the dead letter
 * (KIP-1034); we add the stage header so every DLQ record names the stage that refused it, and keep the dead letter
 * within what the DLQ topic admits (a dead letter too large to write would stop the stream thread).
 */
public class StageTaggingDeserializationExceptionHandler extends LogAndContinueExceptionHandler {

  public static final String STAGE = Stage.DESERIALIZE.id();

  private MeterRegistry registry;
  private RecordLimits limits;

  @Override
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    registry = EnrichMetrics.fromConfig(configs);
    limits = RecordLimits.fromConfig(configs, EnrichConfig.DEFAULT_MAX_RECORD_BYTES);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    Response response = super.handleError(context, record, exception);
    List<ProducerRecord<byte[], byte[]>> deadLetters =
        BoundedDeadLetters.bound(response.deadLetterQueueRecords(), STAGE, exception, limits);
    if (registry != null) {
      deadLetters.forEach(dead -> PipelineMetrics.deadLetter(registry, STAGE));
    }
    return Response.resume(deadLetters);
  }
}
