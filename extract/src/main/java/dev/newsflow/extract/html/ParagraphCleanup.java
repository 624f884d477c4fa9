package dev.newsflow.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Last pass over the extracted paragraphs: drops the repeated headline and short leftover lines that are page
 * furniture rather than article text (ad labels, "share this", "read more" prompts, follow-us trailers).
 *
 * <p>Stateless and thread-safe.
 */
final class ParagraphCleanup {

  /** Whole-paragraph furniture, compared as lower-case letters and digits separated by single spaces. */
  private static final Set<String> FURNITURE = Set.of("advertisement", "advertisements", "ad", "ads", "sponsored",
      "sponsored content", "story continues below advertisement", "article continues below advertisement",
      "continue reading below", "article continues below", "story continues below", "scroll to continue with content",
      "skip advertisement", "share", "share this", "share this article", "share this story", "share on facebook",
      "share on twitter", "tweet", "email", "print", "comments", "read more", "read more below", "related",
      "related articles", "related stories", "related content", "more", "loading", "loading video",
      "please enable javascript", "close", "menu", "search", "subscribe", "newsletter", "follow us", "supported by",
      "image", "photo", "video", "watch", "listen", "copy link", "link copied", "top", "back to top",
      "click to expand", "view comments", "show comments", "leave a comment", "add a comment",
      // ad labels in other languages
      "anzeige", "werbung", "publicidad", "publicité", "publicite", "pubblicità", "pubblicita", "publicidade",
      "iklan", "reklame", "reklama", "advertentie", "annons", "mainos", "реклама", "広告", "广告", "광고");
  /** Openings of trailer lines at the end of an article. */
  private static final String[] TRAILER_OPENINGS = {"follow us", "follow ", "like us on", "sign up", "subscribe to",
      "click here to", "get our", "download our", "join our", "share your", "read more:", "related:", "see also:",
      "more from", "want more", "do you have a", "have a news tip", "send us", "letters to the editor",
      "write to us", "email us", "contact us", "filed under", "posted in", "tags:", "categories:"};

  /** Longer paragraphs are never compared with the furniture list. */
  private static final int LONGEST_FURNITURE = 80;

  private ParagraphCleanup() {}

  static List<String> clean(List<String> paragraphs, String title) {
    String titleKey = title == null ? "" : key(title);
    int longest = Math.max(LONGEST_FURNITURE, title == null ? 0 : title.length() * 2);
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      if (p.length() > longest) {
        kept.add(p); // too long to be furniture or the headline
        continue;
      }
      String k = key(p);
      if (k.isEmpty() || FURNITURE.contains(k) || !titleKey.isEmpty() && k.equals(titleKey)) {
        continue;
      }
      kept.add(p);
    }
    while (!kept.isEmpty() && isTrailer(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    return kept;
  }

  private static boolean isTrailer(String p) {
    if (p.length() > 200) {
      return false;
    }
    String lower = p.toLowerCase(Locale.ROOT);
    for (String opening : TRAILER_OPENINGS) {
      if (lower.startsWith(opening)) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case letters and digits, words separated by one space. */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }
}
