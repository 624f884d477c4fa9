package dev.newsflow.enrich.topology;

import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.schemas.kafka.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Streams' log-and-continue handler for exceptions thrown by a processor, which puts the original source record on
 * the DLQ (KIP-1034); we add the stage header, which is the name of the processor that failed ("clean", ...).
 */
public class StageTaggingProcessingExceptionHandler extends LogAndContinueProcessingExceptionHandler {

  private MeterRegistry registry;

  @Override
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    registry = EnrichMetrics.fromConfig(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    Response response = super.handleError(context, record, exception);
    String stage = context.processorNodeId();
    response.deadLetterQueueRecords().forEach(dead -> {
      DeadLetters.put(dead.headers(), DeadLetters.HEADER_STAGE, stage);
      if (registry != null) {
        PipelineMetrics.deadLetter(registry, stage);
      }
    });
    return response;
  }
}
