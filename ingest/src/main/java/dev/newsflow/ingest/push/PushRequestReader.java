package dev.newsflow.ingest.push;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.file.ArticleTooLargeException;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.jsonl.InvalidArticleException;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a push request into articles, or a {@link PushException} naming what is wrong: the body read within the
 * size limit, then either JSON (one article object or an array of them, strict UTF-8) or a raw HTML/text page whose
 * URL is the {@code url} query parameter. Every article is validated before any is published, so a request is
 * accepted or refused whole.
 *
 * <p>Thread-safe.
 */
final class PushRequestReader {

  /** An article is an object of fields with a map of hints at most: anything deeper is not an article. */
  static final int MAX_NESTING_DEPTH = 32;
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build()).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String TOO_DEEP = "JSON nested deeper than " + MAX_NESTING_DEPTH
      + " levels; an article is one object of fields";
  static final String ACCEPTED_TYPES = "application/json (one article or an array), application/x-ndjson (one"
      + " article per line), text/html or text/plain (with ?url=)";

  private final ArticleJson json;
  private final ArticleFileReader documents;
  private final long maxBodyBytes;

  PushRequestReader(ArticleJson json, ArticleFileReader documents, long maxBodyBytes) {
    this.json = json;
    this.documents = documents;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** What the Content-Type asks for. */
  enum Kind { JSON, JSON_LINES, HTML, TEXT }

  /** The kind of body, from the Content-Type header; 415 for anything else. */
  static Kind kind(String contentType) throws PushException {
    if (contentType == null || contentType.isBlank()) {
      throw new PushException(415, "Content-Type is missing; send " + ACCEPTED_TYPES);
    }
    String base = baseType(contentType);
    if (base.equals("application/json") || base.endsWith("+json")) {
      return Kind.JSON;
    }
    if (base.equals("application/x-ndjson") || base.equals("application/jsonl")
        || base.equals("application/jsonlines")) {
      return Kind.JSON_LINES;
    }
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return Kind.HTML;
    }
    if (base.equals("text/plain")) {
      return Kind.TEXT;
    }
    throw new PushException(415, "unsupported Content-Type " + base + "; send " + ACCEPTED_TYPES);
  }

  /** Refuses a declared length over the limit before anything is read. */
  void checkDeclaredLength(String contentLength) throws PushException {
    if (contentLength == null) {
      return;
    }
    long length;
    try {
      length = Long.parseLong(contentLength.strip());
    } catch (NumberFormatException e) {
      throw new PushException(400, "Content-Length is not a number: " + contentLength);
    }
    if (length > maxBodyBytes) {
      throw new PushException(413, "body of " + length + " bytes is over the limit of " + maxBodyBytes + " bytes");
    }
  }

  /** The body, read to its end but never past the limit (a body without Content-Length is capped the same way). */
  byte[] readBody(InputStream in) throws IOException, PushException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > maxBodyBytes) {
        throw new PushException(413, "body is over the limit of " + maxBodyBytes + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The articles of a JSON body: one object or a non-empty array of objects. */
  List<RawArticle> fromJson(byte[] body) throws PushException {
    String text = decodeStrictly(body, StandardCharsets.UTF_8);
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new PushException(400, "body is " + TOO_DEEP);
    } catch (JsonProcessingException e) {
      throw new PushException(400, "body is not valid JSON: " + e.getOriginalMessage() + where(e.getLocation()));
    }
    if (root == null || root.isMissingNode()) {
      throw new PushException(400, "body is empty; send one article object or an array of them");
    }
    List<RawArticle> articles = new ArrayList<>();
    if (root.isArray()) {
      if (root.isEmpty()) {
        throw new PushException(400, "the array holds no articles");
      }
      for (int i = 0; i < root.size(); i++) {
        articles.add(article(root.get(i), i));
      }
    } else {
      articles.add(article(root, null));
    }
    return articles;
  }

  /** The articles of a JSON Lines body, one object per non-blank line; {@code index} is the 0-based line. */
  List<RawArticle> fromJsonLines(byte[] body) throws PushException {
    String[] lines = decodeStrictly(body, StandardCharsets.UTF_8).split("\n", -1);
    List<RawArticle> articles = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(lines[i]);
      } catch (StreamConstraintsException e) {
        throw new PushException(400, "line " + (i + 1) + " is " + TOO_DEEP, i);
      } catch (JsonProcessingException e) {
        throw new PushException(400, "line " + (i + 1) + " is not valid JSON: " + e.getOriginalMessage(), i);
      }
      articles.add(article(node, i));
    }
    if (articles.isEmpty()) {
      throw new PushException(400, "body is empty; send one article object per line");
    }
    return articles;
  }

  private static String where(JsonLocation location) {
    return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private RawArticle article(JsonNode node, Integer index) throws PushException {
    try {
      return json.toArticle(node, SourceType.PUSH, "push");
    } catch (InvalidArticleException e) {
      String where = index == null ? "" : "article " + index + ": ";
      throw new PushException(e.tooLarge() ? 413 : 400, where + e.getMessage(), index);
    }
  }

  /**
   * The article of a raw page. Its URL comes from {@code ?url=}, else from the page's canonical link; a page with
   * neither is refused, since its id would depend on its bytes. A charset in the Content-Type is honoured strictly;
   * without one the bytes are read like a file (BOM, UTF-8, the page's meta charset).
   */
  RawArticle fromPage(Kind kind, String contentType, URI requestUri, byte[] body) throws PushException {
    if (body.length == 0) {
      throw new PushException(400, "body is empty; send the page's " + (kind == Kind.HTML ? "HTML" : "text"));
    }
    String url = query(requestUri).get("url");
    if (url != null) {
      validateUrl(url);
    }
    String charset = charsetOf(contentType);
    byte[] bytes = body;
    if (charset != null) {
      Charset declared = charset(charset);
      bytes = decodeStrictly(body, declared).getBytes(StandardCharsets.UTF_8);
    }
    RawArticle article;
    try {
      article = documents.read(kind == Kind.HTML ? "push.html" : "push.txt", new ByteArrayInputStream(bytes), "push",
          SourceType.PUSH, url);
    } catch (ArticleTooLargeException e) {
      throw new PushException(413, "the page is over the article size limit");
    } catch (IOException e) {
      throw new PushException(400, "cannot read the page: " + e.getMessage());
    }
    if (article.getUrl() == null) {
      throw new PushException(400, "give the page's URL as ?url=... (the page declares no canonical URL)");
    }
    return article;
  }

  private static void validateUrl(String url) throws PushException {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return;
      }
    } catch (java.net.URISyntaxException e) {
      // refused below
    }
    throw new PushException(400, "url must be an absolute http or https URL, not \"" + url + "\"");
  }

  private static String decodeStrictly(byte[] body, Charset charset) throws PushException {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new PushException(400, "body is not valid " + charset.name() + " (" + e.getMessage() + ")");
    }
  }

  private static Charset charset(String name) throws PushException {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new PushException(415, "unknown charset " + name);
    }
  }

  private static String baseType(String contentType) {
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static String charsetOf(String contentType) {
    for (String param : contentType.split(";")) {
      String[] kv = param.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        return kv[1].strip().replace("\"", "");
      }
    }
    return null;
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> params = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
      params.putIfAbsent(key, kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return params;
  }
}
