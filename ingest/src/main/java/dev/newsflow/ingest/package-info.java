/**
 * Ingest: sources that turn what they read into {@code RawArticle} records and publish them, keyed by the stable
 * article id, to the raw topic.
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link dev.newsflow.ingest.IngestServices}: builds every source from the settings, each in one place, on one
 *       publisher and one polite fetcher. Start here.
 *   <li>{@link dev.newsflow.ingest.service.IngestService}: runs sources
 *       ({@link dev.newsflow.ingest.service.IngestSource}, {@link dev.newsflow.ingest.service.SourceStatus}) with
 *       ordered, graceful shutdown; its readiness and metrics.
 *   <li>{@link dev.newsflow.ingest.publish.ArticlePublisher}: the one idempotent publisher of a process.
 *   <li>The settings: {@link dev.newsflow.ingest.config.IngestSettings} (fetching, feeds, sitemaps, data dir; one
 *       commented defaults file) and the settings of the push endpoint,
 *       {@link dev.newsflow.ingest.push.PushConfig}.
 *   <li>Long-running sources: {@link dev.newsflow.ingest.push.PushServer},
 *       {@link dev.newsflow.ingest.watch.DropDirectory}, {@link dev.newsflow.ingest.feed.FeedsSource} (a
 *       {@link dev.newsflow.ingest.feed.FeedPoller}, optionally on the shared list
 *       {@link dev.newsflow.ingest.feed.FeedDirectory}), {@link dev.newsflow.ingest.sitemap.SitemapsSource} (a
 *       {@link dev.newsflow.ingest.sitemap.SitemapPoller}).
 *   <li>One-shot sources: {@link dev.newsflow.ingest.url.UrlIngester},
 *       {@link dev.newsflow.ingest.sitemap.SitemapIngester}, {@link dev.newsflow.ingest.feed.FeedPoller#pollOnce},
 *       and the bulk loads through {@link dev.newsflow.ingest.bulk.BulkLoad}:
 *       {@link dev.newsflow.ingest.file.FileIngester}, {@link dev.newsflow.ingest.jsonl.JsonLinesIngester},
 *       {@link dev.newsflow.ingest.stdin.StdinIngester}, {@link dev.newsflow.ingest.warc.WarcIngester}, with the
 *       readers {@link dev.newsflow.ingest.file.ArticleFileReader} and {@link dev.newsflow.ingest.jsonl.ArticleJson}.
 *   <li>Results and counts: {@link dev.newsflow.ingest.IngestReport},
 *       {@link dev.newsflow.ingest.metrics.IngestMetrics}; feed state for listings:
 *       {@link dev.newsflow.ingest.feed.FeedStateStore}; ids: {@link dev.newsflow.ingest.id.ArticleIds}.
 * </ul>
 *
 * <h2>Internals</h2>
 *
 * <p>No promise to callers outside this module; the public ones are public only so that the feature packages can
 * share them:
 *
 * <ul>
 *   <li>{@code fetch}, but for the {@code HttpFetcher} type itself: the polite fetcher's workings (SSRF guard,
 *       robots.txt cache, per-host throttle, streamed body limits, content encodings). Sources get the fetcher from
 *       {@code IngestServices}, which builds it from the settings.
 *   <li>The helpers inside the feature packages: {@code feed.FeedParser}, {@code url.PageFetchPublisher} (the pages
 *       of feeds and sitemaps), {@code file.ContentDecoder}, {@code watch.DropFileLoader},
 *       {@code id.UrlCanonicalizer}, and every package-private class.
 * </ul>
 *
 * <p>Support for command-line front ends: {@code progress} (byte counting and the progress line of bulk loads).
 */
package dev.newsflow.ingest;
