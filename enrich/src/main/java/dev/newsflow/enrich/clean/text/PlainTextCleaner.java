package dev.newsflow.enrich.clean.text;

import dev.newsflow.enrich.clean.CleanedArticle;
import dev.newsflow.enrich.clean.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain text in, {@link CleanedArticle} out: an optional short section label line, then the title line, then the
 * body.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlainTextCleaner {

  /** A section label is a short line of a few words without sentence punctuation ("Politics", "World News"). */
  private static final int MAX_SECTION_WORDS = 3;

  public CleanedArticle clean(String text) {
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
    return new CleanedArticle(title, null, List.of(), section, null, null, null, null, null, null, body,
        Map.of("text", "text"), body.isEmpty() ? List.of("no article text found") : List.of());
  }

  private static boolean looksLikeSectionLabel(String line) {
    return line.split(" ").length <= MAX_SECTION_WORDS && !line.matches(".*[.!?:;,]$") && line.length() <= 40;
  }
}
