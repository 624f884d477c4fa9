package dev.newsflow.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Sums of Kafka metrics by name. Streams tags a metric per thread, task and processor, so one count (such as
 * {@code dropped-records-total}) is spread over several; a test asserts their sum. Stateless.
 */
public final class MetricTotals {

  private MetricTotals() {}

  /** The sum of every metric called {@code name}, whatever its group and tags. */
  public static double sum(Map<MetricName, ? extends Metric> metrics, String name) {
    Objects.requireNonNull(name, "name");
    return sum(metrics, m -> m.name().equals(name));
  }

  /** The sum of every metric called {@code name} in {@code group}, whatever its tags. */
  public static double sum(Map<MetricName, ? extends Metric> metrics, String group, String name) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(name, "name");
    return sum(metrics, m -> m.group().equals(group) && m.name().equals(name));
  }

  private static double sum(Map<MetricName, ? extends Metric> metrics, Predicate<MetricName> which) {
    double total = 0;
    for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
      if (which.test(e.getKey())) {
        total += ((Number) e.getValue().metricValue()).doubleValue();
      }
    }
    return total;
  }
}
