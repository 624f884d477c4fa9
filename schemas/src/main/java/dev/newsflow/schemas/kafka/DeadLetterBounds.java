package dev.newsflow.schemas.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Keeps dead letters small enough to be written whatever failed: error headers short and useful (an exception's
 * message may embed a whole schema, its stack trace tens of KB), the source record's own headers only while they
 * are small, and key and value cut to fit the dead-letter topic's record limit, with a header saying so. A dead
 * letter that cannot be written would stop the stage that sends it, which is what a DLQ is there to prevent.
 * Stateless and thread-safe.
 */
public final class DeadLetterBounds {

  static final int MAX_EXCEPTION_CHARS = 256;
  static final int MAX_MESSAGE_CHARS = 1024;
  static final int MAX_STACKTRACE_CHARS = 4096;
  private static final int MAX_CAUSES = 5;
  private static final int MAX_FRAMES_PER_CAUSE = 8;
  private static final int MAX_CAUSE_MESSAGE_CHARS = 200;
  /** The source record's own headers are kept while their total stays under this. */
  static final int MAX_SOURCE_HEADER_BYTES = 16 * 1024;
  static final int MAX_KEY_BYTES = 4 * 1024;
  /** Room for the record batch's and the record's own framing (about 100 bytes in practice). */
  static final int FRAMING_BYTES = 1024;

  private DeadLetterBounds() {}

  /** Sets the exception, message and stack-trace headers of a dead letter for {@code error}, each bounded. */
  public static void describe(Headers headers, Throwable error) {
    DeadLetters.put(headers, DeadLetters.HEADER_EXCEPTION, cut(error.getClass().getName(), MAX_EXCEPTION_CHARS));
    DeadLetters.put(headers, DeadLetters.HEADER_MESSAGE, shortMessage(error));
    DeadLetters.put(headers, DeadLetters.HEADER_STACKTRACE, shortStackTrace(error));
  }

  /**
   * {@code dead} as it fits in {@code maxRecordBytes}: source headers dropped when together over
   * {@value #MAX_SOURCE_HEADER_BYTES} bytes, the key cut to {@value #MAX_KEY_BYTES} bytes and the value to what
   * is left, each cut recorded in a header ({@link DeadLetters#HEADER_VALUE_TRUNCATED} and friends, holding the
   * original size). Returns {@code dead} itself when nothing had to change.
   */
  public static ProducerRecord<byte[], byte[]> fit(ProducerRecord<byte[], byte[]> dead, int maxRecordBytes) {
    Headers headers = new RecordHeaders();
    int sourceHeaderBytes = 0;
    List<Header> source = new ArrayList<>();
    for (Header header : dead.headers()) {
      if (isErrorHeader(header.key())) {
        headers.add(header);
      } else {
        source.add(header);
        sourceHeaderBytes += size(header);
      }
    }
    boolean changed = false;
    if (sourceHeaderBytes > MAX_SOURCE_HEADER_BYTES) {
      DeadLetters.put(headers, DeadLetters.HEADER_HEADERS_DROPPED, String.valueOf(source.size()));
      changed = true;
    } else {
      source.forEach(headers::add);
    }
    byte[] key = dead.key();
    if (key != null && key.length > MAX_KEY_BYTES) {
      DeadLetters.put(headers, DeadLetters.HEADER_KEY_TRUNCATED, String.valueOf(key.length));
      key = Arrays.copyOf(key, MAX_KEY_BYTES);
      changed = true;
    }
    byte[] value = dead.value();
    if (value != null) {
      int room = maxRecordBytes - FRAMING_BYTES - (key == null ? 0 : key.length) - size(headers)
          - headerSize(DeadLetters.HEADER_VALUE_TRUNCATED, String.valueOf(value.length));
      if (value.length > room) {
        DeadLetters.put(headers, DeadLetters.HEADER_VALUE_TRUNCATED, String.valueOf(value.length));
        value = Arrays.copyOf(value, Math.max(0, room));
        changed = true;
      }
    }
    return changed ? new ProducerRecord<>(dead.topic(), dead.partition(), dead.timestamp(), key, value, headers)
        : dead;
  }

  /** The exception's message, cut, then the root cause's class and message when there is one. */
  static String shortMessage(Throwable error) {
    Throwable root = rootCause(error);
    String cause = root == error ? "" : " (root cause " + cut(root.getClass().getName(), MAX_EXCEPTION_CHARS)
        + ": " + cut(oneLine(String.valueOf(root.getMessage())), MAX_CAUSE_MESSAGE_CHARS) + ")";
    return cut(String.valueOf(error.getMessage()), MAX_MESSAGE_CHARS - cause.length()) + cause;
  }

  /** A stack trace of the cause chain, each throwable with a cut message and its first frames. */
  static String shortStackTrace(Throwable error) {
    StringBuilder out = new StringBuilder();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Throwable current = error;
    for (int depth = 0; current != null && depth < MAX_CAUSES && seen.put(current, true) == null; depth++) {
      if (depth > 0) {
        out.append("Caused by: ");
      }
      out.append(current.getClass().getName()).append(": ")
          .append(cut(oneLine(String.valueOf(current.getMessage())), MAX_CAUSE_MESSAGE_CHARS)).append('\n');
      StackTraceElement[] frames = current.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, MAX_FRAMES_PER_CAUSE); i++) {
        out.append("\tat ").append(frames[i]).append('\n');
      }
      if (frames.length > MAX_FRAMES_PER_CAUSE) {
        out.append("\t... ").append(frames.length - MAX_FRAMES_PER_CAUSE).append(" more\n");
      }
      current = current.getCause();
    }
    return cut(out.toString(), MAX_STACKTRACE_CHARS);
  }

  /** {@code text} cut to at most {@code max} characters, never inside a surrogate pair, marked when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  private static Throwable rootCause(Throwable error) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Throwable root = error;
    while (root.getCause() != null && seen.put(root, true) == null) {
      root = root.getCause();
    }
    return root;
  }

  private static boolean isErrorHeader(String key) {
    return key.startsWith("__streams.errors.") || key.startsWith(DeadLetters.HEADER_PREFIX);
  }

  private static int size(Headers headers) {
    int total = 0;
    for (Header header : headers) {
      total += size(header);
    }
    return total;
  }

  /** A header's bytes on the wire, with a few bytes of varint framing. */
  private static int size(Header header) {
    return 8 + header.key().getBytes(StandardCharsets.UTF_8).length
        + (header.value() == null ? 0 : header.value().length);
  }

  private static int headerSize(String key, String value) {
    return 8 + key.length() + value.length();
  }
}
