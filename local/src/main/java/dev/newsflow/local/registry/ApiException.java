package dev.newsflow.local.registry;

/**
 * An HTTP-level failure of the embedded registry (no such route, wrong method, bad body, unacceptable media
 * type, too large), answered in Confluent's error shape with the code Confluent's server uses for it.
 */
final class ApiException extends RuntimeException {

  private final int status;
  private final int errorCode;

  ApiException(int status, int errorCode, String message) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  int status() {
    return status;
  }

  int errorCode() {
    return errorCode;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, 400, message);
  }

  static ApiException notFound() {
    return new ApiException(404, 404, "HTTP 404 Not Found");
  }

  static ApiException methodNotAllowed() {
    return new ApiException(405, 405, "HTTP 405 Method Not Allowed");
  }

  static ApiException notAcceptable() {
    return new ApiException(406, 406, "HTTP 406 Not Acceptable");
  }

  static ApiException unsupportedMediaType() {
    return new ApiException(415, 415, "HTTP 415 Unsupported Media Type");
  }
}
