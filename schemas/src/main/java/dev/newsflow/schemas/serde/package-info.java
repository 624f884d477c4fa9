/**
 * Avro serde in Confluent's wire format (magic byte 0, 4-byte big-endian schema id, Avro binary),
 * configured with Confluent's setting names, so it interoperates with Confluent's serializers.
 */
package dev.newsflow.schemas.serde;
