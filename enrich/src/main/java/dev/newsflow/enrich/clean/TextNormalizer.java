package dev.newsflow.enrich.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Unicode NFC, no control characters, single spaces inside lines, at most one blank line between paragraphs. */
public final class TextNormalizer {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  private static final Pattern SPACES = Pattern.compile("[\\t\\x{00A0}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000} ]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)*");

  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    s = CONTROL.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    s = s.replaceAll(" *\\n *", "\n");
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }
}
