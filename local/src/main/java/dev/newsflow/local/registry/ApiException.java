package dev.newsflow.local.registry;

/** An HTTP-level failure of the embedded registry (bad route, bad body, too large), with its Confluent-style code. */
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

  static ApiException notFound() {
    return new ApiException(404, 404, "HTTP 404 Not Found");
  }

  static ApiException methodNotAllowed() {
    return new ApiException(405, 405, "HTTP 405 Method Not Allowed");
  }
}
