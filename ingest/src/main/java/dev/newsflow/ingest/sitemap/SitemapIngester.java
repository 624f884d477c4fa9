package dev.newsflow.ingest.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.fetch.ContentEncodings;
import dev.newsflow.ingest.fetch.FetchRequest;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.url.PageFetchPublisher;
import dev.newsflow.ingest.url.PageTask;
import dev.newsflow.schema.SourceType;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow ingest sitemap}: reads sitemap indexes, plain sitemaps (XML or text) and Google News sitemaps,
 * gzipped or not, with crawler-commons' {@link SiteMapParser} (news extension on, DOCTYPE refused so no XXE), then
 * fetches and publishes the listed pages as {@link SourceType#SITEMAP} articles. Limits: document size (after
 * gunzip), index nesting depth, sitemaps and pages per run. A cut-off date keeps an old archive from being crawled:
 * a page is taken when its {@code news:publication_date} (else {@code lastmod}) is not before it, and an index's
 * child sitemap is skipped when its own {@code lastmod} is before it. News titles and dates become the article's
 * title and publishedAt hints.
 *
 * <p>Not thread-safe; one per run.
 */
public final class SitemapIngester {

  private static final Logger LOG = LoggerFactory.getLogger(SitemapIngester.class);
  public static final String SOURCE = "sitemap";

  private final HttpFetcher fetcher;
  private final PageFetchPublisher pages;
  private final SitemapConfig config;
  private final IngestMetrics metrics;
  private final Clock clock;

  public SitemapIngester(HttpFetcher fetcher, ArticlePublisher publisher, SitemapConfig config,
      IngestMetrics metrics, Clock clock) {
    this.fetcher = fetcher;
    this.pages = new PageFetchPublisher(fetcher, publisher, metrics);
    this.config = config;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The cut-off from {@code sitemap.max-age}, or null when it is zero. */
  public Instant defaultSince() {
    return config.maxAge().isZero() ? null : clock.instant().minus(config.maxAge());
  }

  /**
   * Reads the sitemaps and publishes the pages they list.
   *
   * @param since pages dated before this are skipped; null for no cut-off
   */
  public IngestReport ingest(List<String> sitemapUrls, Instant since) {
    return ingest(sitemapUrls, since, url -> false).report();
  }

  /** What a run did, and which page URLs it published. */
  public record Run(IngestReport report, List<String> publishedUrls) {}

  /**
   * Like {@link #ingest(List, Instant)}, but pages for which {@code alreadyPublished} is true are skipped (metric
   * {@code sitemap.skipped.seen}); a poller passes the pages its earlier runs published.
   */
  public Run ingest(List<String> sitemapUrls, Instant since, java.util.function.Predicate<String> alreadyPublished) {
    IngestReport report = new IngestReport();
    List<PageTask> tasks = new ArrayList<>();
    for (PageTask task : collect(sitemapUrls, since, report)) {
      if (alreadyPublished.test(task.url())) {
        metrics.skipped(SOURCE, "seen");
      } else {
        tasks.add(task);
      }
    }
    LOG.info("sitemaps listed {} new page(s) to fetch{}", tasks.size(), since == null ? "" : " since " + since);
    int failuresBefore = report.failures().size();
    pages.run(tasks, SOURCE, report);
    Set<String> failed = new HashSet<>();
    report.failures().subList(failuresBefore, report.failures().size()).forEach(f -> failed.add(f.input()));
    List<String> published = tasks.stream().map(PageTask::url).filter(u -> !failed.contains(u)).toList();
    return new Run(report, published);
  }

  /** A sitemap waiting to be read, with how deep it sits below the ones given. */
  private record Pending(String url, int depth) {}

  /** Walks the sitemaps breadth first and returns the pages to fetch, each once. */
  List<PageTask> collect(List<String> sitemapUrls, Instant since, IngestReport report) {
    Deque<Pending> queue = new ArrayDeque<>();
    sitemapUrls.forEach(u -> queue.add(new Pending(u, 1)));
    Set<String> visited = new HashSet<>();
    Map<String, PageTask> tasks = new LinkedHashMap<>();
    int read = 0;
    while (!queue.isEmpty()) {
      Pending next = queue.poll();
      if (!visited.add(next.url())) {
        continue;
      }
      if (read >= config.maxSitemaps()) {
        metrics.skipped(SOURCE, "max_sitemaps");
        report.failed(next.url(), "not read: more than sitemap.max-sitemaps=" + config.maxSitemaps());
        continue;
      }
      read++;
      AbstractSiteMap sitemap = fetchAndParse(next.url(), report);
      if (sitemap instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          queueChild(child, next, since, queue, report);
        }
      } else if (sitemap instanceof SiteMap urlset) {
        addPages(urlset, next.url(), since, tasks);
      }
    }
    List<PageTask> list = new ArrayList<>(tasks.values());
    if (list.size() > config.maxUrls()) {
      LOG.warn("sitemaps list {} pages; only the first {} (sitemap.max-urls) are fetched", list.size(),
          config.maxUrls());
      for (int i = config.maxUrls(); i < list.size(); i++) {
        metrics.skipped(SOURCE, "max_urls");
      }
      list = list.subList(0, config.maxUrls());
    }
    return list;
  }

  private void queueChild(AbstractSiteMap child, Pending parent, Instant since, Deque<Pending> queue,
      IngestReport report) {
    String url = child.getUrl().toString();
    if (since != null && child.getLastModified() != null && child.getLastModified().toInstant().isBefore(since)) {
      metrics.skipped(SOURCE, "old_sitemap");
      return;
    }
    if (parent.depth() + 1 > config.maxDepth()) {
      metrics.skipped(SOURCE, "too_deep");
      report.failed(url, "not read: sitemap indexes nest deeper than sitemap.max-depth=" + config.maxDepth());
      return;
    }
    queue.add(new Pending(url, parent.depth() + 1));
  }

  /** The sitemap protocol's limit on a URL's length (sitemaps.org: "less than 2,048 characters"). */
  static final int MAX_URL_CHARS = 2048;

  private void addPages(SiteMap urlset, String sitemapUrl, Instant since, Map<String, PageTask> tasks) {
    for (SiteMapURL entry : urlset.getSiteMapUrls()) {
      NewsAttributes news = news(entry);
      Instant date = news != null && news.getPublicationDateTime() != null
          ? news.getPublicationDateTime().toInstant()
          : entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
      if (since != null && date == null && !config.includeUndated()) {
        metrics.skipped(SOURCE, "undated");
        continue;
      }
      if (since != null && date != null && date.isBefore(since)) {
        metrics.skipped(SOURCE, "too_old");
        continue;
      }
      Map<String, String> hints = new HashMap<>();
      hints.put("sitemap", sitemapUrl);
      if (news != null) {
        putIfPresent(hints, "news.publication", news.getName());
        putIfPresent(hints, "language", news.getLanguage());
        if (news.getKeywords() != null && news.getKeywords().length > 0) {
          hints.put("keywords", String.join(", ", news.getKeywords()));
        }
      }
      String url = entry.getUrl().toString();
      if (url.length() > MAX_URL_CHARS) {
        // crawler-commons takes any line of a text sitemap as a URL, even one of megabytes
        metrics.skipped(SOURCE, "url_too_long");
        LOG.warn("sitemap {} lists a URL of {} characters, over the {} the sitemap protocol allows: skipped",
            sitemapUrl, url.length(), MAX_URL_CHARS);
        continue;
      }
      tasks.putIfAbsent(url, new PageTask(url, SourceType.SITEMAP, sitemapUrl,
          news == null ? null : blankToNull(news.getTitle()), date, hints));
    }
  }

  private AbstractSiteMap fetchAndParse(String sitemapUrl, IngestReport report) {
    URI uri;
    URL url;
    try {
      uri = URI.create(sitemapUrl.strip());
      url = uri.toURL();
    } catch (IllegalArgumentException | MalformedURLException e) {
      metrics.failed(SOURCE, "bad_url");
      report.failed(sitemapUrl, "not a valid URL: " + e.getMessage());
      return null;
    }
    FetchResult result = fetcher.fetch(
        new FetchRequest(uri, null, null, FetchRequest.Accept.SITEMAP, config.maxBytes()));
    metrics.fetch(SOURCE + "-document", result);
    if (!(result instanceof FetchResult.Fetched doc)) {
      report.failed(sitemapUrl, result.toString());
      return null;
    }
    try {
      byte[] body = doc.body();
      if (ContentEncodings.isGzip(body)) {
        body = ContentEncodings.gunzip(body, config.maxBytes());
      }
      return parser().parseSiteMap(looksLikeXml(body) ? "application/xml" : "text/plain", body,
          doc.finalUri().toURL());
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      metrics.failed(SOURCE, "parse");
      report.failed(sitemapUrl, "not a readable sitemap: " + e.getMessage());
      return null;
    }
  }

  private static SiteMapParser parser() {
    // Not strict: an index may list sitemaps on other hosts (CDNs); the address guard still checks every fetch.
    SiteMapParser parser = new SiteMapParser(false, true);
    parser.setAllowDocTypeDefinitions(false);
    parser.enableExtension(Extension.NEWS);
    return parser;
  }

  private static NewsAttributes news(SiteMapURL entry) {
    ExtensionMetadata[] attributes = entry.getAttributesForExtension(Extension.NEWS);
    if (attributes != null) {
      for (ExtensionMetadata a : attributes) {
        if (a instanceof NewsAttributes news) {
          return news;
        }
      }
    }
    return null;
  }

  private static boolean looksLikeXml(byte[] body) {
    for (int i = 0; i < Math.min(body.length, 512); i++) {
      int b = body[i] & 0xFF;
      if (b == '<') {
        return true;
      }
      if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF)) {
        return false;
      }
    }
    return false;
  }

  private static void putIfPresent(Map<String, String> hints, String key, String value) {
    if (value != null && !value.isBlank()) {
      hints.put(key, value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
