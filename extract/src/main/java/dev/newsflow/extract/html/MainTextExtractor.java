package dev.newsflow.extract.html;

import dev.newsflow.extract.TextNormalizer;
import dev.newsflow.extract.meta.JsonLd;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body of a page and returns it as clean text, boilerplate removed.
 *
 * <p>Steps: one pass gathers per-element text statistics and drops boilerplate ({@link PageStats}); paragraphs
 * score their containers and the best one is chosen ({@link ContentScorer}); sibling blocks that belong to the
 * article join it ({@link SiblingSelector}); the blocks become paragraphs ({@link BlockTextCollector}) and lose
 * leftover lines such as ad labels ({@link ParagraphCleanup}). The JSON-LD {@code articleBody} replaces the DOM text
 * when it tells the same story and holds clearly more text than the DOM gave. When nothing scores, the whole page's
 * non-boilerplate blocks are used, with a warning. The document is never modified or cloned: cost is one traversal
 * for the statistics plus one over the chosen blocks.
 *
 * <p>Stateless and thread-safe.
 */
public final class MainTextExtractor {

  /**
   * The JSON-LD body replaces the DOM text when it is at least this share of it: i.e. when the DOM text missed part
   * of the article. When both hold about the same text the DOM wins, since it keeps paragraphs, subheadings and
   * embedded posts that {@code articleBody} often flattens or leaves out (measured on the dev set: 0.976 with 0.8,
   * 0.978 with 1.1).
   */
  private static final double JSON_LD_MIN_SHARE = 1.1;

  private final ContentScorer scorer = new ContentScorer();
  private final SiblingSelector siblings = new SiblingSelector();
  private final BlockTextCollector collector = new BlockTextCollector();

  /**
   * Extracts the main text.
   *
   * @param doc the parsed page; not modified
   * @param jsonLd the page's JSON-LD
   * @param title the page's title, so a repeated headline is not counted as body
   */
  public MainText extract(Document doc, JsonLd jsonLd, String title) {
    Objects.requireNonNull(doc, "doc");
    return extract(doc.body(), PageStats.of(doc.body()), jsonLd, title);
  }

  /** Like {@link #extract(Document, JsonLd, String)}, with the statistics of {@code body} already gathered. */
  MainText extract(Element body, PageStats page, JsonLd jsonLd, String title) {
    List<String> warnings = new ArrayList<>();
    ContentScorer.Result scored = scorer.score(page);
    List<String> paragraphs = new ArrayList<>();
    if (scored.top() != null) {
      for (Element block : siblings.select(scored.top(), page, scored.scores())) {
        collector.collect(block, page, paragraphs);
      }
    }
    String dom = TextNormalizer.normalize(String.join("\n\n", ParagraphCleanup.clean(paragraphs, title)));
    String articleBody = jsonLd == null ? null : jsonLd.article().map(a -> JsonLd.text(a, "articleBody")).orElse(null);
    if (articleBody != null && articleBody.length() >= dom.length() * JSON_LD_MIN_SHARE) {
      String ld = TextNormalizer.normalize(JsonLdBody.toText(articleBody));
      if (ld.length() >= dom.length() * JSON_LD_MIN_SHARE && JsonLdBody.agrees(ld, dom)) {
        return new MainText(ld, "json-ld", warnings);
      }
    }
    if (dom.isEmpty()) {
      List<String> all = new ArrayList<>();
      collector.collect(body, page, all);
      dom = TextNormalizer.normalize(String.join("\n\n", ParagraphCleanup.clean(all, title)));
      if (dom.isEmpty()) {
        all.clear();
        collector.collectAll(body, page, all);
        dom = TextNormalizer.normalize(String.join("\n\n", ParagraphCleanup.clean(all, title)));
      }
      warnings.add(dom.isEmpty() ? "no article text found" : "no article container found; used the whole page");
    }
    return new MainText(dom, "dom", warnings);
  }
}
