package dev.newsflow.local.registry;

import java.util.Locale;
import java.util.Map;

/** What answers one method on one route of the registry's API. */
@FunctionalInterface
interface Endpoint {

  ApiResponse call(ApiRequest request);

  /** The endpoint for the request's method among those a route offers; 405 for any other method. */
  static Endpoint byMethod(ApiRequest request, Map<String, Endpoint> endpoints) {
    Endpoint endpoint = endpoints.get(request.method().toUpperCase(Locale.ROOT));
    if (endpoint == null) {
      throw ApiException.methodNotAllowed();
    }
    return endpoint;
  }
}
