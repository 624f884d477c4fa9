package dev.newsflow.extract.text;

import dev.newsflow.extract.CleanedArticle;
import dev.newsflow.extract.TextNormalizer;
import dev.newsflow.extract.meta.LanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain text in, {@link CleanedArticle} out, for the shape scraped articles have: an optional short section label
 * line, the title line, the body, and often a trailing list of links to other stories ("related stories" teasers
 * such as {@code Science4 weeks agoHeadline} between {@code -} lines, "Read more", share prompts). The list is
 * removed, "Read more: ..." lines inside the body too; paragraphs are joined by blank lines and the language is
 * detected from title and body. The title is the producer's hint when there is one, else a first line that looks
 * like a headline ({@link TitleLines}); a text of one paragraph is all body.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlainTextCleaner {

  /** A section label is a short line of a few words without sentence punctuation ("Politics", "World News"). */
  private static final int MAX_SECTION_WORDS = 3;
  private static final int MAX_SECTION_CHARS = 40;
  /** Inline cross-links inside the body: "Read more: Other headline", "Related: ...". */
  private static final Pattern INLINE_LINK = Pattern.compile(
      "(?i)^(read (more|also|next)|related|see also|also read|more)\\s*:.{0,200}$");

  public CleanedArticle clean(String text) {
    return clean(text, null);
  }

  /**
   * Cleans {@code text}; no body line is dropped except a title or section line recognised as such, the trailing
   * link list and inline "Read more:" lines.
   *
   * @param titleHint the producer's title (a feed's, a {@code RawArticle}'s title field), or null. It wins over
   *     anything guessed from the text: the first line (after a section label) is taken as the title only when it
   *     repeats the hint, and otherwise stays in the body
   */
  public CleanedArticle clean(String text, String titleHint) {
    if (text == null) {
      throw new IllegalArgumentException("text is required");
    }
    String hint = titleHint == null || titleHint.isBlank() ? null : TextNormalizer.normalize(titleHint).strip();
    List<String> lines = nonBlankLines(text);
    Map<String, String> sources = new HashMap<>();
    String section = null;
    if (hasSectionLabel(lines, hint)) {
      section = lines.remove(0);
      sources.put("section", "text");
    }
    String title = hint;
    if (hint != null) {
      sources.put("title", "hint");
      if (!lines.isEmpty() && TitleLines.sameTitle(lines.get(0), hint)) {
        lines.remove(0); // the body repeats the title the producer gave
      }
    } else if (lines.size() > 1 && TitleLines.looksLikeTitle(lines.get(0))) {
      title = lines.remove(0);
      sources.put("title", "text");
    }
    int end = TrailingLinkList.start(lines, 0);
    List<String> body = new ArrayList<>();
    // A text that is all links (an index page) keeps them: better than returning nothing.
    for (String line : lines.subList(0, end == 0 ? lines.size() : end)) {
      if (!INLINE_LINK.matcher(line).matches()) {
        body.add(line);
      }
    }
    String bodyText = String.join("\n\n", body);
    String language = LanguageDetector.detect(title == null ? bodyText : title + "\n" + bodyText);
    if (language != null) {
      sources.put("language", "detected");
    }
    sources.put("text", "text");
    return new CleanedArticle(title, null, List.of(), section, null, null, null, null, language, null, bodyText,
        sources, bodyText.isEmpty() ? List.of("no article text found") : List.of());
  }

  /**
   * A short label line before the headline: without a hint, before a longer line that looks like a title and
   * more text; with one, only before the line that repeats it (any other first line is body text).
   */
  private static boolean hasSectionLabel(List<String> lines, String hint) {
    if (lines.size() < 2 || !looksLikeSectionLabel(lines.get(0))) {
      return false;
    }
    if (hint != null) {
      return TitleLines.sameTitle(lines.get(1), hint) && !TitleLines.sameTitle(lines.get(0), hint);
    }
    return lines.size() > 2 && lines.get(1).length() > lines.get(0).length()
        && TitleLines.looksLikeTitle(lines.get(1));
  }

  private static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : TextNormalizer.normalize(text).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,]$");

  private static boolean looksLikeSectionLabel(String line) {
    return line.split(" ").length <= MAX_SECTION_WORDS && !SENTENCE_END.matcher(line).find()
        && line.length() <= MAX_SECTION_CHARS;
  }
}
