package dev.newsflow.ingest.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it (so invalid UTF-8 is left for the JSON parser to report
 * with its line) and without holding more than one line: a line longer than the limit is read through and reported
 * as {@link Line#tooLong()}, the next line is read normally. {@code \n} ends a line; a trailing {@code \r} is
 * dropped; a UTF-8 byte-order mark at the start is skipped.
 *
 * <p>Not thread-safe.
 */
final class LineReader {

  /** One line: its 1-based number and bytes ({@code length} of them are valid), or tooLong with no bytes. */
  record Line(long number, byte[] bytes, int length, boolean tooLong) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private long number;
  private boolean first = true;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. The returned bytes are reused by the next call. */
  Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong) {
        if (length + n > maxLineBytes) {
          tooLong = true;
          length = 0;
        } else {
          ensure(length + n);
          System.arraycopy(buffer, start, line, length, n);
          length += n;
        }
      }
      if (pos < limit) {
        pos++; // the newline
        break;
      }
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int offset = 0;
    if (first) {
      first = false;
      if (length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
        offset = 3;
      }
    }
    if (offset > 0) {
      System.arraycopy(line, offset, line, 0, length - offset);
      length -= offset;
    }
    return new Line(number, line, length, tooLong);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxLineBytes, line.length * 2)));
    }
  }
}
