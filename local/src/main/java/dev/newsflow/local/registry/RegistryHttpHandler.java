package dev.newsflow.local.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newsflow.ops.http.CrossSiteGuard;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's one HTTP entry point: adapts JDK {@link HttpExchange}s to {@link RegistryApi}. In
 * Confluent's order it refuses cross-site requests (403, {@link CrossSiteGuard}), finds the endpoint (404, 405), checks the request's {@code Content-Type} (415) and
 * {@code Accept} (406), then runs it, reading bodies up to a limit (413); every failure becomes Confluent's
 * error JSON, with no internal class names. Meant to be wrapped by any check that must run first.
 * Thread-safe: stateless.
 */
final class RegistryHttpHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpHandler.class);

  /** Confluent's code for a refused operation ("User is denied operation"). */
  static final int DENIED = 40301;

  private final RegistryApi api;
  private final int maxBodyBytes;
  private final CrossSiteGuard guard;

  RegistryHttpHandler(RegistryApi api, int maxBodyBytes, CrossSiteGuard guard) {
    this.api = api;
    this.maxBodyBytes = maxBodyBytes;
    this.guard = guard;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Optional<String> mediaType = ContentNegotiation.responseType(exchange.getRequestHeaders().get("Accept"));
      ApiResponse response = respond(exchange, mediaType);
      exchange.getResponseHeaders().set("Content-Type", mediaType.orElse(ContentNegotiation.V1_JSON));
      exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    } finally {
      exchange.close();
    }
  }

  private ApiResponse respond(HttpExchange exchange, Optional<String> mediaType) {
    try {
      Optional<String> refusal = guard.refusal(exchange.getRequestMethod(), exchange.getRequestHeaders()::getFirst);
      if (refusal.isPresent()) {
        throw new ApiException(403, DENIED, refusal.get());
      }
      ApiRequest request = requestOf(exchange);
      Endpoint endpoint = api.route(request);
      if (!ContentNegotiation.readsRequestType(exchange.getRequestHeaders().getFirst("Content-Type"))) {
        throw ApiException.unsupportedMediaType();
      }
      if (mediaType.isEmpty()) {
        throw ApiException.notAcceptable();
      }
      return endpoint.call(request);
    } catch (SchemaRegistryException e) {
      return ApiResponse.error(e.httpStatus(), e.errorCode(), e.getMessage());
    } catch (ApiException e) {
      return ApiResponse.error(e.status(), e.errorCode(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("Schema registry request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      return ApiResponse.error(500, SchemaRegistryException.STORE_ERROR, "Error in the backend data store");
    }
  }

  private ApiRequest requestOf(HttpExchange exchange) {
    return new ApiRequest(exchange.getRequestMethod(),
        ApiRequest.segmentsOf(exchange.getRequestURI().getRawPath()),
        ApiRequest.queryOf(exchange.getRequestURI().getRawQuery()),
        () -> readBody(exchange));
  }

  /** Reads the body, refusing more than the limit, whether announced by Content-Length or not. */
  private byte[] readBody(HttpExchange exchange) {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && parseLength(declared) > maxBodyBytes) {
      throw tooLarge();
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read request body", e);
    }
  }

  private static long parseLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid Content-Length: " + header);
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, 413, "Request body larger than " + maxBodyBytes + " bytes");
  }
}
