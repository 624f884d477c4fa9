package dev.newsflow.enrich.topology;

import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.Stage;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Streams' log-and-continue handler for records that cannot be deserialized, which already builds the dead letter
 * (KIP-1034); we only add the stage header so every DLQ record names the stage that refused it.
 */
public class StageTaggingDeserializationExceptionHandler extends LogAndContinueExceptionHandler {

  public static final String STAGE = Stage.DESERIALIZE.id();

  private MeterRegistry registry;

  @Override
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    registry = EnrichMetrics.fromConfig(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    Response response = super.handleError(context, record, exception);
    response.deadLetterQueueRecords().forEach(dead -> {
      DeadLetters.put(dead.headers(), DeadLetters.HEADER_STAGE, STAGE);
      if (registry != null) {
        PipelineMetrics.deadLetter(registry, STAGE);
      }
    });
    return response;
  }
}
