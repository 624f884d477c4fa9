package dev.newsflow.schemas.registry;

/**
 * A failed schema registry call: either an HTTP error answered by the registry, carrying its
 * {@code error_code} (Confluent's codes, e.g. {@link #SUBJECT_NOT_FOUND}), or an I/O failure
 * ({@link #httpStatus()} and {@link #errorCode()} both {@link #IO_ERROR}) with the cause attached.
 *
 * <p>The mock client and the embedded server throw the same codes the REST API answers, so code
 * written against one behaves the same against the others. Immutable, hence thread-safe.
 */
public class SchemaRegistryException extends RuntimeException {

  /** Status and error code of a failure that never reached the registry (connection, timeout). */
  public static final int IO_ERROR = -1;
  public static final int SUBJECT_NOT_FOUND = 40401;
  public static final int VERSION_NOT_FOUND = 40402;
  public static final int SCHEMA_NOT_FOUND = 40403;
  public static final int SUBJECT_SOFT_DELETED = 40404;
  public static final int SUBJECT_NOT_SOFT_DELETED = 40405;
  public static final int SCHEMA_VERSION_SOFT_DELETED = 40406;
  public static final int SCHEMA_VERSION_NOT_SOFT_DELETED = 40407;
  public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
  public static final int SUBJECT_MODE_NOT_CONFIGURED = 40409;
  /** Confluent's current code for an incompatible schema (HTTP 409); older registries answer error_code 409. */
  public static final int INCOMPATIBLE_SCHEMA = 40901;
  public static final int INVALID_SCHEMA = 42201;
  public static final int INVALID_VERSION = 42202;
  public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
  public static final int INVALID_MODE = 42204;
  public static final int OPERATION_NOT_PERMITTED = 42205;
  public static final int INVALID_RULESET = 42210;
  public static final int STORE_ERROR = 50001;

  private final int httpStatus;
  private final int errorCode;

  public SchemaRegistryException(int httpStatus, int errorCode, String message) {
    super(message);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(String message, Throwable cause) {
    super(message, cause);
    this.httpStatus = IO_ERROR;
    this.errorCode = IO_ERROR;
  }

  /** The HTTP status the registry answered, or {@link #IO_ERROR}. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The registry's {@code error_code}, or {@link #IO_ERROR}. */
  public int errorCode() {
    return errorCode;
  }

  /** True for "no such subject / version / schema" answers (HTTP 404). */
  public boolean isNotFound() {
    return httpStatus == 404;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{httpStatus=" + httpStatus + ", errorCode=" + errorCode
        + ", message=" + getMessage() + "}";
  }

  static SchemaRegistryException subjectNotFound(String subject) {
    return new SchemaRegistryException(404, SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
  }

  static SchemaRegistryException versionNotFound(int version) {
    return new SchemaRegistryException(404, VERSION_NOT_FOUND, "Version " + version + " not found.");
  }

  static SchemaRegistryException schemaNotFound(String what) {
    return new SchemaRegistryException(404, SCHEMA_NOT_FOUND, "Schema " + what + " not found.");
  }

  /** 422/42201: the schema text does not parse as Avro, or is not supported. */
  public static SchemaRegistryException invalidSchema(String detail) {
    return new SchemaRegistryException(422, INVALID_SCHEMA, "Invalid schema: " + detail);
  }

  /** 422/42205: the registry's mode (read-only, import) or its rules forbid the operation. */
  public static SchemaRegistryException operationNotPermitted(String message) {
    return new SchemaRegistryException(422, OPERATION_NOT_PERMITTED, message);
  }

  /** 422/42204: not one of the mode names. */
  public static SchemaRegistryException invalidMode(String mode) {
    return new SchemaRegistryException(422, INVALID_MODE,
        "Invalid mode. Valid values are READWRITE, READONLY, READONLY_OVERRIDE and IMPORT; got: " + mode);
  }

  /** 422/42202: a version that is neither a positive number nor "latest". */
  public static SchemaRegistryException invalidVersion(String version) {
    return new SchemaRegistryException(422, INVALID_VERSION, "The specified version '" + version
        + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
  }

  /** 422/42203: not one of the compatibility level names. */
  public static SchemaRegistryException invalidCompatibilityLevel(String level) {
    return new SchemaRegistryException(422, INVALID_COMPATIBILITY_LEVEL,
        "Invalid compatibility level. Valid values are none, backward, forward, full,"
            + " backward_transitive, forward_transitive, and full_transitive; got: " + level);
  }
}
