package dev.newsflow.extract.html;

import java.util.List;

/**
 * The main text of a page and how it was found.
 *
 * @param text paragraphs separated by blank lines; empty if none was found
 * @param source "json-ld" (articleBody) or "dom" (content scoring)
 * @param warnings problems worth recording on the article
 */
public record MainText(String text, String source, List<String> warnings) {

  public MainText {
    text = text == null ? "" : text;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
