package dev.newsflow.schemas.serde;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;

/**
 * Re-encodes Avro binary written with one schema into the binary of another schema that can read
 * it (Avro schema resolution: fields matched by name, defaults filled in). Used when
 * {@code use.latest.version} makes the serializer write with a newer registered schema than the
 * record's own. Stateless apart from thread-safe Avro datum reader/writer; thread-safe.
 */
final class SchemaTranscoder {

  private final GenericDatumReader<Object> reader;
  private final GenericDatumWriter<Object> writer;

  SchemaTranscoder(Schema from, Schema to) {
    this.reader = new GenericDatumReader<>(from, to);
    this.writer = new GenericDatumWriter<>(to);
  }

  /** Reads {@code encodedWithFrom} and writes it, as the target schema, to {@code out}. */
  void transcode(byte[] encodedWithFrom, BinaryEncoder out) throws IOException {
    Object value = reader.read(null, DecoderFactory.get().binaryDecoder(encodedWithFrom, null));
    writer.write(value, out);
  }
}
