/**
 * A real Apache Kafka broker (KRaft combined mode, one node) for one machine: in the test JVM or as a child JVM.
 * Entry point: {@link dev.newsflow.local.kafka.EmbeddedKafka}.
 */
package dev.newsflow.local.kafka;
