package dev.newsflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.apache.avro.Schema;

/**
 * A {@link SchemaRegistryClient} speaking the Confluent Schema Registry REST API, and only its
 * standard endpoints, so it works against Confluent, Redpanda, Karapace and Apicurio's ccompat API.
 *
 * <p>Caches what never changes: schemas by id, and ids by (subject, schema), so a serializer
 * makes one HTTP call per schema rather than per record. "Latest version" answers are not cached
 * here, since they do change; the serializer keeps its own short-lived copy. The id cache keys on
 * {@link Schema#equals}, which ignores doc strings: within one client, schemas differing only in
 * docs share the id first obtained.
 *
 * <p>Several base URLs may be given, comma-separated; on a connection failure the next is tried.
 * User info in a URL ({@code http://user:secret@host:8081}) becomes basic-auth credentials unless
 * {@link Builder#basicAuth} is set.
 *
 * <p>Thread-safe; meant to be shared. Build one with {@link #builder(String)}.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

  /** Default time to open a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time to wait for a whole answer. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final RegistryHttp http;
  private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final ConcurrentMap<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();

  /** Cache key; {@link Schema#hashCode()} is computed once per schema object, so lookups are cheap. */
  private record SubjectSchema(String subject, Schema schema) {
  }

  private RestSchemaRegistryClient(RegistryHttp http) {
    this.http = http;
  }

  /** A builder for the given comma-separated base URL(s), e.g. {@code http://localhost:8081}. */
  public static Builder builder(String urls) {
    return new Builder(urls);
  }

  /** The base URLs in use, credentials removed. */
  public List<String> baseUrls() {
    return http.baseUrls();
  }

  @Override
  public int register(String subject, Schema schema) {
    SubjectSchema key = new SubjectSchema(requireSubject(subject), Objects.requireNonNull(schema, "schema"));
    Integer cached = idsBySubjectSchema.get(key);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = http.post(subjectPath(subject) + "/versions", schemaBody(schema));
    int id = requiredInt(answer, "id");
    remember(key, id);
    return id;
  }

  @Override
  public Schema getById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    Schema schema = parseAvro(http.get("/schemas/ids/" + id));
    Schema raced = schemasById.putIfAbsent(id, schema);
    return raced != null ? raced : schema;
  }

  @Override
  public SchemaMetadata getLatest(String subject) {
    return metadata(subject, http.get(subjectPath(subject) + "/versions/latest"));
  }

  @Override
  public SchemaMetadata getVersion(String subject, int version) {
    return metadata(subject, http.get(subjectPath(subject) + "/versions/" + version));
  }

  @Override
  public int lookupId(String subject, Schema schema) {
    SubjectSchema key = new SubjectSchema(requireSubject(subject), Objects.requireNonNull(schema, "schema"));
    Integer cached = idsBySubjectSchema.get(key);
    if (cached != null) {
      return cached;
    }
    int id = requiredInt(http.post(subjectPath(subject), schemaBody(schema)), "id");
    remember(key, id);
    return id;
  }

  @Override
  public boolean testCompatibility(String subject, Schema schema) {
    try {
      JsonNode answer = http.post("/compatibility" + subjectPath(subject) + "/versions/latest", schemaBody(schema));
      return answer.path("is_compatible").asBoolean(false);
    } catch (SchemaRegistryException e) {
      // Some registries answer "no such subject" here; nothing registered means nothing to break.
      if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND) {
        return true;
      }
      throw e;
    }
  }

  @Override
  public String getCompatibility(String subjectOrNull) {
    if (subjectOrNull == null) {
      return level(http.get("/config"));
    }
    try {
      return level(http.get("/config/" + RegistryHttp.segment(subjectOrNull) + "?defaultToGlobal=true"));
    } catch (SchemaRegistryException e) {
      // Registries that ignore defaultToGlobal answer 404 when the subject has no level of its own.
      if (e.isNotFound()) {
        return level(http.get("/config"));
      }
      throw e;
    }
  }

  @Override
  public void setCompatibility(String subjectOrNull, String level) {
    Objects.requireNonNull(level, "level");
    ObjectNode body = RegistryHttp.JSON.createObjectNode().put("compatibility", level);
    http.put(subjectOrNull == null ? "/config" : "/config/" + RegistryHttp.segment(subjectOrNull), body);
  }

  @Override
  public List<String> subjects() {
    JsonNode answer = http.get("/subjects");
    List<String> subjects = new ArrayList<>();
    answer.forEach(node -> subjects.add(node.asText()));
    return subjects;
  }

  /** Forgets the caches; the JDK HTTP client frees its threads once unreachable. */
  @Override
  public void close() {
    schemasById.clear();
    idsBySubjectSchema.clear();
  }

  private void remember(SubjectSchema key, int id) {
    idsBySubjectSchema.putIfAbsent(key, id);
    schemasById.putIfAbsent(id, key.schema());
  }

  private SchemaMetadata metadata(String requestedSubject, JsonNode answer) {
    Schema schema = parseAvro(answer);
    int id = requiredInt(answer, "id");
    schemasById.putIfAbsent(id, schema);
    return new SchemaMetadata(id, requiredInt(answer, "version"),
        answer.path("subject").asText(requestedSubject), schema);
  }

  private static Schema parseAvro(JsonNode answer) {
    String type = answer.path("schemaType").asText("AVRO");
    if (!"AVRO".equalsIgnoreCase(type)) {
      throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_SCHEMA,
          "Expected an AVRO schema but the registry holds a " + type + " schema");
    }
    JsonNode text = answer.get("schema");
    if (text == null || !text.isTextual()) {
      throw new SchemaRegistryException(SchemaRegistryException.IO_ERROR, SchemaRegistryException.IO_ERROR,
          "Registry answer has no schema: " + answer);
    }
    return InMemorySchemaStore.parseSchema(text.asText());
  }

  private static String level(JsonNode answer) {
    JsonNode level = answer.has("compatibilityLevel") ? answer.get("compatibilityLevel") : answer.get("compatibility");
    if (level == null) {
      throw new SchemaRegistryException(SchemaRegistryException.IO_ERROR, SchemaRegistryException.IO_ERROR,
          "Registry answer has no compatibility level: " + answer);
    }
    return level.asText();
  }

  private static int requiredInt(JsonNode answer, String field) {
    JsonNode value = answer.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new SchemaRegistryException(SchemaRegistryException.IO_ERROR, SchemaRegistryException.IO_ERROR,
          "Registry answer has no integer '" + field + "': " + answer);
    }
    return value.asInt();
  }

  private static ObjectNode schemaBody(Schema schema) {
    // schemaType is left out: AVRO is the default and older registries reject the field.
    return RegistryHttp.JSON.createObjectNode().put("schema", schema.toString());
  }

  private static String subjectPath(String subject) {
    return "/subjects/" + RegistryHttp.segment(requireSubject(subject));
  }

  private static String requireSubject(String subject) {
    if (subject == null || subject.isEmpty()) {
      throw new IllegalArgumentException("subject must not be empty");
    }
    return subject;
  }

  /** Options for a {@link RestSchemaRegistryClient}; not thread-safe, use from one thread. */
  public static final class Builder {
    private final String urls;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private String basicAuthUserInfo;
    private SSLContext sslContext;

    private Builder(String urls) {
      this.urls = Objects.requireNonNull(urls, "urls");
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = requirePositive(timeout, "requestTimeout");
      return this;
    }

    /** Basic-auth credentials as "user:password"; overrides user info in the URLs. */
    public Builder basicAuth(String userInfo) {
      if (userInfo != null && !userInfo.contains(":")) {
        throw new IllegalArgumentException("basic auth user info must look like user:password");
      }
      this.basicAuthUserInfo = userInfo;
      return this;
    }

    /** TLS settings for https URLs (trust store, client certificate); default: the JDK's. */
    public Builder sslContext(SSLContext context) {
      this.sslContext = context;
      return this;
    }

    /** Validates the URLs and builds the client; throws {@link IllegalArgumentException} on a bad URL. */
    public RestSchemaRegistryClient build() {
      List<String> baseUrls = new ArrayList<>();
      String urlUserInfo = null;
      for (String raw : urls.split(",")) {
        String url = raw.trim();
        if (url.isEmpty()) {
          continue;
        }
        URI uri = parseUrl(url);
        if (uri.getRawUserInfo() != null) {
          urlUserInfo = urlUserInfo != null ? urlUserInfo : uri.getUserInfo();
          url = url.replaceFirst("//" + Pattern.quote(uri.getRawUserInfo()) + "@", "//");
        }
        baseUrls.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      }
      if (baseUrls.isEmpty()) {
        throw new IllegalArgumentException("No schema registry URL given");
      }
      String userInfo = basicAuthUserInfo != null ? basicAuthUserInfo : urlUserInfo;
      return new RestSchemaRegistryClient(
          new RegistryHttp(baseUrls, connectTimeout, requestTimeout, userInfo, sslContext));
    }

    private static URI parseUrl(String url) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Invalid schema registry URL '" + url + "': " + e.getMessage(), e);
      }
      String scheme = uri.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || uri.getHost() == null) {
        throw new IllegalArgumentException("Schema registry URL must be http(s)://host[:port][/path], got '"
            + url + "'");
      }
      return uri;
    }

    private static Duration requirePositive(Duration duration, String name) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + duration);
      }
      return duration;
    }
  }
}
