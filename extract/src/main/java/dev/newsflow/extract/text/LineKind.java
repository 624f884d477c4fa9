package dev.newsflow.extract.text;

import java.util.regex.Pattern;

/** What a line of scraped text looks like, judged alone. Stateless. */
enum LineKind {
  /** A line of only dashes, bullets or pipes between list items ("-", "•", "* * *"). */
  SEPARATOR,
  /** A list header or share prompt: "Related:", "Read more", "You may also like", "Share this". */
  MARKER,
  /** A teaser of another story: a relative time ("Science4 weeks agoHeadline") or a bulleted headline. */
  LINK_ITEM,
  /** Short, without closing punctuation: a headline or label, in a link list or in the body. */
  SHORT,
  /** Prose: the article body. */
  PROSE;

  private static final Pattern SEPARATOR_LINE = Pattern.compile("[\\p{Pd}\\p{Punct}•·*|_=~►»\\s]{1,7}");
  private static final Pattern MARKER_LINE = Pattern.compile("(?i)(related( stories| articles| posts| news| "
      + "coverage| content| reading)?|read (more|also|next)|see also|also read|more (stories|from .{1,30}|on this"
      + "|news|articles)|you (may|might) (also )?like|recommended( for you| stories)?|trending( now| stories)?|"
      + "most (read|popular|viewed|shared)|share (this|on .{1,20}|the article|article)|share|tags?|topics|"
      + "advertisement|follow us( on .{1,20})?|latest (news|stories|posts)|popular (stories|posts)|"
      + "top stories|in other news|don'?t miss)\\s*[:.…>»]*");
  /** "4 weeks ago", "3 hrs ago", "1 day ago": teasers carry their age, articles rarely do mid-sentence. */
  private static final Pattern RELATIVE_TIME = Pattern.compile(
      "(?i)\\d+\\s*(sec|second|min|minute|hr|hour|day|week|month|year)s?\\s*ago");
  private static final Pattern BULLET = Pattern.compile("^[•·*►»▪‣◦\\-–—]\\s*\\S");
  /** Lines ending like a sentence are prose, however short. */
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;\"”’)]$");
  static final int SHORT_WORDS = 20;
  static final int SHORT_CHARS = 160;
  private static final int LINK_ITEM_CHARS = 220;

  static LineKind of(String line) {
    String s = line.strip();
    if (s.isEmpty() || SEPARATOR_LINE.matcher(s).matches()) {
      return SEPARATOR;
    }
    if (MARKER_LINE.matcher(s).matches()) {
      return MARKER;
    }
    boolean sentence = SENTENCE_END.matcher(s).matches();
    boolean shortLine = s.length() <= SHORT_CHARS && s.split("\\s+").length <= SHORT_WORDS;
    if (s.length() <= LINK_ITEM_CHARS && RELATIVE_TIME.matcher(s).find()
        || shortLine && !sentence && BULLET.matcher(s).find() && titleCased(s)) {
      return LINK_ITEM;
    }
    return shortLine && !sentence ? SHORT : PROSE;
  }

  /**
   * Headline case: most longer words capitalised. Tells a bulleted list of teasers ("• Storm Closes Coastal Road")
   * from the article's own closing bullet points ("• three ports closed").
   */
  private static boolean titleCased(String line) {
    int words = 0;
    int capitalised = 0;
    for (String word : line.split("[\\s\\p{Punct}•·►»▪‣◦–—]+")) {
      if (word.length() >= 4) {
        words++;
        capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
      }
    }
    return words > 0 && capitalised * 10 >= words * 6;
  }

  /** Whether the line belongs to a link list at all (anything but prose). */
  boolean linkListLike() {
    return this != PROSE;
  }
}
