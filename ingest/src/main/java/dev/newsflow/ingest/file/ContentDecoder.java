package dev.newsflow.ingest.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes article bytes to text without losing any. In order: a byte-order mark; strict UTF-8; the charset the page
 * declares (a {@code <meta charset>} or {@code http-equiv="Content-Type"} in its first 2 KB), if the bytes decode
 * in it without error; windows-1252 as the last resort, which maps every byte to a character. So a page that
 * declares UTF-8 but is really Latin-1 still comes through intact, and nothing is silently turned into U+FFFD.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContentDecoder {

  /** How far into the page a charset declaration is looked for (the HTML standard's prescan reads 1024 bytes). */
  static final int PRESCAN_BYTES = 2048;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Labels that browsers decode as windows-1252 (WHATWG Encoding): their 0x80-0x9F bytes are curly quotes, dashes. */
  private static final Set<String> WINDOWS_1252_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1",
      "us-ascii", "ascii", "iso-ir-100", "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252");
  /** {@code <meta charset=...>} and the charset parameter of an http-equiv content type, quoted or not. */
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  /** windows-1252 leaves five bytes undefined; like browsers, map them to the C1 code points of the same value. */
  private static final char[] WINDOWS_1252_TABLE = windows1252Table();

  /**
   * The text and how it was read.
   *
   * @param charset the charset the text was decoded with
   * @param fallback true when the bytes were not valid UTF-8
   * @param declared the charset label the page declares, or null
   */
  public record Decoded(String text, Charset charset, boolean fallback, String declared) {

    /** For the article's hints: the charset used, and why when it is not plain UTF-8. */
    public String describe() {
      if (!fallback) {
        return charset.name();
      }
      String why = declared == null ? "not valid UTF-8, no declared charset"
          : charset.equals(WINDOWS_1252) && !isWindows1252Label(declared)
              ? "not valid UTF-8 nor the declared " + declared : "declared " + declared;
      return charset.name() + " (" + why + ")";
    }
  }

  private ContentDecoder() {}

  public static Decoded decode(byte[] bytes) {
    Decoded bom = byBom(bytes);
    if (bom != null) {
      return bom;
    }
    String declared = declaredCharset(bytes);
    String utf8 = strictly(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, false, declared);
    }
    Charset charset = supported(declared);
    if (charset != null && !isWindows1252Label(declared) && !isUnicode(charset)) {
      String text = strictly(bytes, charset);
      if (text != null) {
        return new Decoded(text, charset, true, declared);
      }
    }
    return new Decoded(windows1252(bytes), WINDOWS_1252, true, declared);
  }

  /** The charset label declared in the page's first {@link #PRESCAN_BYTES} bytes, lower-case, or null. */
  static String declaredCharset(byte[] bytes) {
    // ISO-8859-1 maps bytes to chars one to one, so the ASCII markup reads the same in any ASCII-compatible charset.
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static Decoded byBom(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
          false, null);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE, false, null);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE, false, null);
    }
    return null;
  }

  /** The bytes decoded in {@code charset}, or null if any byte sequence is malformed or unmappable in it. */
  private static String strictly(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset supported(String label) {
    if (label == null) {
      return null;
    }
    try {
      return Charset.forName(label);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label is treated as no declaration
    }
  }

  /**
   * UTF-8 already failed; a UTF-16/32 declaration read as ASCII is wrong by definition (the HTML standard's prescan
   * treats it as UTF-8), and decoding single-byte text as UTF-16 would "succeed" with nonsense.
   */
  private static boolean isUnicode(Charset charset) {
    return charset.name().startsWith("UTF-");
  }

  private static boolean isWindows1252Label(String label) {
    return WINDOWS_1252_LABELS.contains(label);
  }

  private static String windows1252(byte[] bytes) {
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      chars[i] = WINDOWS_1252_TABLE[bytes[i] & 0xFF];
    }
    return new String(chars);
  }

  private static char[] windows1252Table() {
    char[] table = new char[256];
    for (int b = 0; b < 256; b++) {
      String s = new String(new byte[] {(byte) b}, WINDOWS_1252);
      table[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
    }
    return table;
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
