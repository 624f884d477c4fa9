package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.ops.metrics.PipelineMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Streams' log-and-continue handler for exceptions thrown by a processor, which puts the original source record on
 * the DLQ (KIP-1034); we add the stage header, which is the name of the processor that failed ("clean", ...), and
 * keep the dead letter within what the DLQ topic admits.
 */
public class StageTaggingProcessingExceptionHandler extends LogAndContinueProcessingExceptionHandler {

  private MeterRegistry registry;
  private RecordLimits limits;

  @Override
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    registry = EnrichMetrics.fromConfig(configs);
    limits = RecordLimits.fromConfig(configs, EnrichConfig.DEFAULT_MAX_RECORD_BYTES);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    Response response = super.handleError(context, record, exception);
    String stage = context.processorNodeId();
    List<ProducerRecord<byte[], byte[]>> deadLetters =
        BoundedDeadLetters.bound(response.deadLetterQueueRecords(), stage, exception, limits);
    if (registry != null) {
      deadLetters.forEach(dead -> PipelineMetrics.deadLetter(registry, stage));
    }
    return Response.resume(deadLetters);
  }
}
