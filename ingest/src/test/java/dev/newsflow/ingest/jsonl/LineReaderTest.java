package dev.newsflow.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<String> lines(byte[] input, int max) throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(input), max);
    List<String> out = new ArrayList<>();
    LineReader.Line line;
    while ((line = reader.next()) != null) {
      out.add(line.number() + (line.tooLong() ? " TOO LONG"
          : " " + new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8)));
    }
    return out;
  }

  @Test
  void shouldSplitOnNewlinesDroppingCarriageReturnsAndTheByteOrderMark() throws IOException {
    byte[] input = "\uFEFFone\r\ntwo\n\nlast".getBytes(StandardCharsets.UTF_8);
    assertThat(lines(input, 100)).containsExactly("1 one", "2 two", "3 ", "4 last");
  }

  @Test
  void shouldReportAnOverlongLineAndCarryOnWithTheNext() throws IOException {
    byte[] input = ("short\n" + "y".repeat(200_000) + "\nafter\n").getBytes(StandardCharsets.UTF_8);
    assertThat(lines(input, 1_000)).containsExactly("1 short", "2 TOO LONG", "3 after");
  }
}
