package dev.newsflow.enrich;

import dev.newsflow.enrich.dedupe.Fingerprints;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.CleanedArticle;
import dev.newsflow.extract.ContentKind;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Runs the per-article stages (clean, fingerprint) and assembles the {@link EnrichedArticle}. Hints from the
 * source fill what the page itself does not say. No Kafka inside.
 *
 * <p>Thread-safe if its stages are (they are).
 */
public final class ArticleEnricher {

  private final ArticleCleaner cleaner;
  private final Clock clock;

  public ArticleEnricher(ArticleCleaner cleaner, Clock clock) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ArticleEnricher() {
    this(new ArticleCleaner(), Clock.systemUTC());
  }

  public EnrichedArticle enrich(RawArticle raw) {
    Objects.requireNonNull(raw, "raw");
    CleanedArticle clean = cleaner.clean(raw.getContent(), ContentKind.valueOf(raw.getContentType().name()),
        raw.getUrl(), pageFetchTime(raw), raw.getTitle());
    String text = clean.text();
    Fingerprints.Fingerprint fingerprint = Fingerprints.of(text);
    return EnrichedArticle.newBuilder()
        .setId(raw.getId())
        .setSourceId(raw.getSourceId())
        .setSourceType(raw.getSourceType())
        .setUrl(raw.getUrl())
        .setCanonicalUrl(clean.canonicalUrl())
        .setTitle(clean.title() != null ? clean.title() : raw.getTitle())
        .setDescription(clean.description())
        .setAuthors(clean.authors())
        .setSection(clean.section())
        .setPublishedAt(clean.publishedAt() != null ? clean.publishedAt() : raw.getPublishedAt())
        .setFetchedAt(raw.getFetchedAt())
        .setEnrichedAt(Instant.now(clock))
        .setLanguage(clean.language() != null ? clean.language() : raw.getHints().get("language"))
        .setText(text)
        .setWordCount(wordCount(text))
        .setContentHash(fingerprint.contentHash())
        .setSimhash(fingerprint.simHash())
        .setSimhashHex(HexFormat.of().toHexDigits(fingerprint.simHash()))
        .setPipelineVersion(PipelineVersion.get())
        .setModifiedAt(clean.modifiedAt())
        .setSiteName(clean.siteName())
        .setLeadImage(clean.leadImage())
        .setExtraction(clean.sources())
        .setWarnings(clean.warnings())
        // Only the page's own day: a feed's publishedAt hint is an instant without the site's calendar.
        .setPublishedDate(clean.publishedDate() == null ? null : clean.publishedDate().toString())
        .setPublishedOffset(clean.publishedOffset() == null ? null : clean.publishedOffset().getId())
        .build();
  }

  /**
   * When the page itself was fetched, if known: files and stdin carry the time they were read, which says nothing
   * about when a saved page's "3 hours ago" was written.
   */
  static Instant pageFetchTime(RawArticle raw) {
    return raw.getSourceType() == SourceType.FILE || raw.getSourceType() == SourceType.STDIN ? null
        : raw.getFetchedAt();
  }

  static int wordCount(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
