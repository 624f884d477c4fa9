package dev.newsflow.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generates hostile mutations of a real-shaped news page (head with metadata, navigation, an article of several
 * paragraphs, a footer) for the hostile-input corpus. Everything is generated here from a seed: no downloaded pages.
 */
final class HostilePages {

  static final String LEAD = "The harbour authority approved the new ferry timetable on Tuesday evening.";

  private static final String[] SENTENCES = {
      LEAD,
      "Commuters from the northern islands had asked for an earlier crossing for more than two years.",
      "The first boat will now leave at a quarter past six, forty minutes earlier than before.",
      "Local businesses said the change would bring more visitors to the weekly market in the old town.",
      "A spokesperson for the operator said two new crew members had been hired to staff the early service.",
      "The timetable takes effect at the start of next month and will be reviewed after one year.",
  };

  private HostilePages() {}

  /** A well-formed page of about {@code paragraphs} paragraphs. */
  static String page(int paragraphs) {
    StringBuilder s = new StringBuilder(4096);
    s.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry timetable approved")
        .append("</title><meta property=\"og:title\" content=\"Ferry timetable approved\">")
        .append("<script>window.__STATE__ = {\"user\": null};</script><style>p { margin: 0 }</style></head><body>")
        .append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>")
        .append("<article><h1>Ferry timetable approved</h1><p class=\"byline\">By A. Reporter</p>");
    for (int i = 0; i < paragraphs; i++) {
      s.append("<p>");
      for (int j = 0; j < 3; j++) {
        s.append(SENTENCES[(i + j) % SENTENCES.length]).append(' ');
      }
      s.append("</p>");
    }
    s.append("</article><footer><p>Copyright 2025 The Island Gazette</p></footer></body></html>");
    return s.toString();
  }

  /** Cut the page at a random point, preferring the inside of a tag or attribute. */
  static String truncated(long seed) {
    String page = page(8);
    Random random = new Random(seed);
    int from = page.indexOf("</p>") + 4; // keep the lead paragraph
    int cut = from + random.nextInt(page.length() - from);
    // move the cut into the next tag, so it ends inside "<a hr" or "<p cla"
    int lt = page.indexOf('<', cut);
    if (lt > 0 && lt + 3 < page.length()) {
      cut = lt + 1 + random.nextInt(3);
    }
    return page.substring(0, cut);
  }

  /** Random tags dropped or left unclosed all over the page. */
  static String brokenTags(long seed) {
    String page = page(8);
    Random random = new Random(seed);
    StringBuilder s = new StringBuilder(page.length());
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      if (c == '>' && random.nextInt(4) == 0) {
        continue; // an unclosed tag: the parser must find the next '<'
      }
      if (c == '<' && random.nextInt(10) == 0) {
        s.append("<<");
        continue;
      }
      s.append(c);
    }
    return s.toString();
  }

  static String nested(String open, String close, int depth) {
    return "<html><body>" + open.repeat(depth) + "<p>" + LEAD + "</p>" + close.repeat(depth) + "<p>" + LEAD
        + "</p></body></html>";
  }

  /** An attribute value of {@code chars} characters in front of the article. */
  static String giantAttribute(int chars) {
    return page(4).replace("<article>", "<article data-state=\"" + "x".repeat(chars) + "\">");
  }

  /** NUL characters sprinkled between and inside words. */
  static String withNuls(long seed) {
    String page = page(6);
    Random random = new Random(seed);
    StringBuilder s = new StringBuilder(page.length() + 512);
    for (int i = 0; i < page.length(); i++) {
      s.append(page.charAt(i));
      if (random.nextInt(20) == 0) {
        s.append('\0');
      }
    }
    return s.toString();
  }

  /** The page's UTF-8 bytes with invalid sequences spliced in, decoded as UTF-8 the way a naive producer would. */
  static String invalidUtf8(long seed) {
    byte[] bytes = page(6).replace("Commuters", "Pendler fürs Fährboot").getBytes(StandardCharsets.UTF_8);
    Random random = new Random(seed);
    byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte b : bytes) {
      out.write(b);
      if (b == ' ' && random.nextInt(8) == 0) {
        out.writeBytes(bad[random.nextInt(bad.length)]);
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /** Unpaired UTF-16 surrogates, which cannot be encoded as UTF-8 as they stand. */
  static String loneSurrogates() {
    return page(6).replace("Commuters", "Commuters \uD800 \uDFFF");
  }

  /** The page as random bytes, as when a binary file is taken for HTML. */
  static String binary(long seed, int bytes) {
    byte[] b = new byte[bytes];
    new Random(seed).nextBytes(b);
    return new String(b, java.nio.charset.Charset.forName("windows-1252"));
  }

  /** One line of {@code chars} characters of prose inside a paragraph, no newline. */
  static String hugeLine(int chars) {
    StringBuilder s = new StringBuilder(chars + 64).append("<html><body><p>");
    while (s.length() < chars) {
      s.append(LEAD).append(' ');
    }
    return s.append("</p></body></html>").toString();
  }

  /** XML entity expansion in a DOCTYPE (HTML parsers must not expand custom entities). */
  static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE html [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    return page(4).replace("<!DOCTYPE html>", dtd.toString()).replace("<h1>", "<h1>&lol9;");
  }

  /** An external entity pointing at a local file. */
  static String externalEntity() {
    return page(4).replace("<!DOCTYPE html>", "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
        .replace("<h1>", "<h1>&xxe;");
  }

  /** A comment or raw-text element opened and never closed, swallowing the rest of the page. */
  static String unclosed(String opener) {
    String page = page(6);
    int at = page.indexOf("<article>");
    return page.substring(0, at) + opener + page.substring(at);
  }
}
