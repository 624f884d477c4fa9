package dev.newsflow.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * Sends JSON requests to one of several registry base URLs and turns answers into JSON or
 * {@link SchemaRegistryException}s. On an I/O failure it tries the next URL and then sticks to
 * the one that answered, so a dead node costs one timeout, not one per call.
 *
 * <p>Thread-safe: {@link HttpClient} is, and the only mutable field is atomic.
 */
final class RegistryHttp {

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final String ACCEPT =
      "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
  private static final int MAX_ERROR_BODY_IN_MESSAGE = 500;

  static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> baseUrls;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final String authorization;
  private final AtomicInteger preferred = new AtomicInteger();

  /**
   * @param baseUrls       base URLs without trailing slash and without user info
   * @param userInfoOrNull "user:password" for basic auth, or null
   * @param sslOrNull      TLS context for https, or null for the JDK default
   */
  RegistryHttp(List<String> baseUrls, Duration connectTimeout, Duration requestTimeout, String userInfoOrNull,
         SSLContext sslOrNull) {
    this.baseUrls = List.copyOf(baseUrls);
    this.requestTimeout = requestTimeout;
    this.authorization = userInfoOrNull == null ? null
        : "Basic " + Base64.getEncoder().encodeToString(userInfoOrNull.getBytes(StandardCharsets.UTF_8));
    HttpClient.Builder builder = HttpClient.newBuilder()
        // Registries speak HTTP/1.1; this also avoids an h2c upgrade attempt on plain http.
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout);
    if (sslOrNull != null) {
      builder.sslContext(sslOrNull);
    }
    this.client = builder.build();
  }

  List<String> baseUrls() {
    return baseUrls;
  }

  /** Percent-encodes one path segment (a subject may hold '/', '+', spaces...). */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  JsonNode get(String path) {
    return send("GET", path, null);
  }

  JsonNode post(String path, JsonNode body) {
    return send("POST", path, body);
  }

  JsonNode put(String path, JsonNode body) {
    return send("PUT", path, body);
  }

  /** Sends the request to the preferred URL, failing over to the others on I/O errors. */
  JsonNode send(String method, String path, JsonNode bodyOrNull) {
    String body = bodyOrNull == null ? null : bodyOrNull.toString();
    int start = preferred.get();
    IOException lastFailure = null;
    for (int attempt = 0; attempt < baseUrls.size(); attempt++) {
      int index = (start + attempt) % baseUrls.size();
      URI uri = URI.create(baseUrls.get(index) + path);
      HttpResponse<String> response;
      try {
        response = client.send(request(method, uri, body), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        lastFailure = e;
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException("Interrupted during " + method + " " + uri, e);
      }
      preferred.set(index);
      return handle(method, uri, response);
    }
    throw new SchemaRegistryException("Schema registry unreachable (" + method + " " + path + " at "
        + String.join(", ", baseUrls) + "): " + lastFailure, lastFailure);
  }

  private HttpRequest request(String method, URI uri, String bodyOrNull) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(requestTimeout)
        .header("Accept", ACCEPT)
        .method(method, bodyOrNull == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(bodyOrNull, StandardCharsets.UTF_8));
    if (bodyOrNull != null) {
      builder.header("Content-Type", CONTENT_TYPE);
    }
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder.build();
  }

  private static JsonNode handle(String method, URI uri, HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body();
    if (status >= 200 && status < 300) {
      if (body == null || body.isBlank()) {
        return NullNode.getInstance();
      }
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new SchemaRegistryException(status, status, "Unreadable answer to " + method + " " + uri
            + ": " + abbreviate(body));
      }
    }
    throw errorFrom(method, uri, status, body);
  }

  /** Maps an error answer to an exception carrying the registry's error_code when it sent one. */
  private static SchemaRegistryException errorFrom(String method, URI uri, int status, String body) {
    try {
      JsonNode error = JSON.readTree(body == null ? "" : body);
      if (error != null && error.has("error_code")) {
        String message = error.path("message").asText("");
        return new SchemaRegistryException(status, error.get("error_code").asInt(status), message);
      }
    } catch (JsonProcessingException e) {
      // Not JSON (a proxy's HTML page, say): fall through and report the raw body.
    }
    return new SchemaRegistryException(status, status,
        "HTTP " + status + " from " + method + " " + uri + ": " + abbreviate(body));
  }

  private static String abbreviate(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= MAX_ERROR_BODY_IN_MESSAGE ? body : body.substring(0, MAX_ERROR_BODY_IN_MESSAGE) + "...";
  }
}
