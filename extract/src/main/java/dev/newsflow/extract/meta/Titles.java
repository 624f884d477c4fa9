package dev.newsflow.extract.meta;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes the site name that pages append to (or put before) their titles. Stateless and thread-safe. */
final class Titles {

  /** " | Site", " - Site", " — Site", " – Site", " :: Site", " · Site"; the last separator counts. */
  private static final Pattern SUFFIX = Pattern.compile("^(.+)\\s+(?:[|\\-—–·]|::)\\s+(.+)$");
  private static final Pattern PREFIX = Pattern.compile("^(.+?)\\s+(?:[|\\-—–·]|::)\\s+(.+)$");
  /** A suffix this short is taken as the site name even when the site name is unknown ("Title | BBC News"). */
  private static final int SHORT_SUFFIX_WORDS = 3;

  private Titles() {}

  /**
   * The title without the site name.
   *
   * @param siteName the known site name, may be null
   * @param stripShortSuffix whether a short unknown suffix is dropped too (for {@code <title>}, which nearly always
   *     carries the site name; a headline from og:title may legitimately end in " - Analysis")
   */
  static String stripSiteName(String title, String siteName, boolean stripShortSuffix) {
    if (title == null) {
      return null;
    }
    Matcher suffix = SUFFIX.matcher(title);
    if (suffix.matches()) {
      String head = suffix.group(1).strip();
      String tail = suffix.group(2).strip();
      boolean isSite = sameSite(tail, siteName);
      boolean shortTail = stripShortSuffix && tail.split(" ").length <= SHORT_SUFFIX_WORDS
          && tail.length() < head.length();
      if (isSite || shortTail) {
        return stripSiteName(head, siteName, stripShortSuffix);
      }
    }
    Matcher prefix = PREFIX.matcher(title);
    if (prefix.matches() && sameSite(prefix.group(1).strip(), siteName)) {
      return prefix.group(2).strip();
    }
    return title;
  }

  /** "Opinion | Headline" with section "Opinion" to "Headline": the section is a field of its own. */
  static String stripSectionPrefix(String title, String section) {
    if (title == null || section == null) {
      return title;
    }
    String prefix = section + " | ";
    boolean prefixed = title.length() > prefix.length() && title.regionMatches(true, 0, prefix, 0, prefix.length());
    return prefixed ? title.substring(prefix.length()).strip() : title;
  }

  /**
   * The site's own label in a URL's host, e.g. "millbrookmercury" for {@code http://www.millbrookmercury.example/x},
   * "bbc" for {@code bbc.co.uk}; null when there is no host.
   */
  static String siteFromHost(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      for (String label : host.toLowerCase(Locale.ROOT).split("\\.")) {
        if (!label.equals("www") && !label.equals("m") && !label.equals("amp") && !label.equals("edition")) {
          return label;
        }
      }
      return null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "BBC" and "BBC News", "nytimes.com" and "The New York Times" are not equal but "BBC News" vs "bbc news" is. */
  private static final Pattern SIMPLIFY = Pattern.compile("^the\\s+|\\.(com|org|net|co\\.uk)$|[^\\p{L}\\p{N}]");

  static boolean sameSite(String part, String siteName) {
    if (siteName == null || part.isEmpty()) {
      return false;
    }
    String a = simplify(part);
    String b = simplify(siteName);
    return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.startsWith(b) || b.startsWith(a));
  }

  private static String simplify(String name) {
    return SIMPLIFY.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
