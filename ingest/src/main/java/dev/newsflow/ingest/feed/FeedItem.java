package dev.newsflow.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, as the sources need it.
 *
 * @param key what identifies the item in the feed's seen set: its GUID / Atom id, else its link, else a content hash
 * @param guid the GUID or Atom id, or null
 * @param link the item's absolute link, or null
 * @param content the full content when the feed carries it, else the summary, else ""
 * @param fullContent true when {@code content} is the full article (content:encoded, Atom content)
 * @param html true when {@code content} is HTML rather than plain text
 */
public record FeedItem(String key, String guid, String link, String title, Instant publishedAt, String content,
    boolean fullContent, boolean html, String author, List<String> categories) {}
