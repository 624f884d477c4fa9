package dev.newsflow.ingest.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes to text without losing any: a byte-order mark decides first, then strict UTF-8; bytes that
 * are not valid UTF-8 are read as windows-1252 (which maps every byte to a character) and the fallback is reported,
 * so nothing is silently replaced by U+FFFD. Stateless and thread-safe.
 */
public final class ContentDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The text and the charset it was read with; {@code fallback} is true when the bytes were not valid UTF-8. */
  public record Decoded(String text, Charset charset, boolean fallback) {}

  private ContentDecoder() {}

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new Decoded(text, StandardCharsets.UTF_8, false);
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
