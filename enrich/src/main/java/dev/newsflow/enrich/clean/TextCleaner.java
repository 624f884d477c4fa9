package dev.newsflow.enrich.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * First cleaner for plain text: an optional short section label line, then the title line, then the body.
 *
 * <p>Stateless and thread-safe.
 */
final class TextCleaner {

  /** A section label is a short line of a few words without sentence punctuation ("Politics", "World News"). */
  private static final int MAX_SECTION_WORDS = 3;

  CleanedArticle clean(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : TextNormalizer.normalize(text).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    String section = null;
    if (lines.size() > 2 && looksLikeSectionLabel(lines.get(0)) && lines.get(1).length() > lines.get(0).length()) {
      section = lines.remove(0);
    }
    String title = lines.isEmpty() ? null : lines.remove(0);
    String body = TextNormalizer.normalize(String.join("\n\n", lines));
    return new CleanedArticle(title, null, List.of(), section, null, null, null, body);
  }

  private static boolean looksLikeSectionLabel(String line) {
    return line.split(" ").length <= MAX_SECTION_WORDS && !line.matches(".*[.!?:;,]$") && line.length() <= 40;
  }
}
