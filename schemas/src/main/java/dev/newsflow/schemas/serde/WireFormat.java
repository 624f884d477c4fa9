package dev.newsflow.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's framing of a schema-registry record: magic byte {@value #MAGIC_BYTE}, the schema id
 * as 4 bytes big-endian, then the payload (Avro binary). Stateless.
 */
public final class WireFormat {

  public static final byte MAGIC_BYTE = 0x0;
  /** Magic byte plus schema id. */
  public static final int HEADER_LENGTH = 5;

  private WireFormat() {
  }

  /** Writes the 5 header bytes. */
  static void writeHeader(ByteArrayOutputStream out, int schemaId) {
    out.write(MAGIC_BYTE);
    out.write(schemaId >>> 24);
    out.write(schemaId >>> 16);
    out.write(schemaId >>> 8);
    out.write(schemaId);
  }

  /**
   * The schema id of a framed record; {@link SerializationException} if the bytes are too short
   * or do not start with the magic byte, i.e. were not written in this format.
   */
  public static int schemaId(byte[] framed) {
    if (framed.length < HEADER_LENGTH) {
      throw new SerializationException("Record of " + framed.length + " bytes is too short for the Confluent"
          + " wire format (1 magic byte + 4-byte schema id + Avro data)");
    }
    if (framed[0] != MAGIC_BYTE) {
      throw new SerializationException(String.format("Unknown magic byte 0x%02x: expected 0x00, the Confluent"
          + " wire format; the record was not written by a schema-registry Avro serializer", framed[0]));
    }
    return ByteBuffer.wrap(framed, 1, 4).getInt();
  }
}
