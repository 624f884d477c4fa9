package dev.newsflow.schemas.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * How to reach a schema registry, with Confluent's key names so the same properties configure
 * their client and ours: {@value #URL}, {@value #BASIC_AUTH_CREDENTIALS_SOURCE},
 * {@value #BASIC_AUTH_USER_INFO} (also read as {@value #SR_BASIC_AUTH_USER_INFO}),
 * {@value #CONNECT_TIMEOUT_MS}, {@value #READ_TIMEOUT_MS} and the {@code schema.registry.ssl.*}
 * store settings. Values are typed and validated on construction ({@link ConfigException}).
 *
 * <p>Immutable once built, hence thread-safe.
 */
public class SchemaRegistryClientConfig extends AbstractConfig {

  public static final String URL = "schema.registry.url";
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  public static final String SR_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";
  public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
  public static final String READ_TIMEOUT_MS = "http.read.timeout.ms";
  public static final String SSL_TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
  public static final String SSL_TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
  public static final String SSL_TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
  public static final String SSL_KEYSTORE_LOCATION = "schema.registry.ssl.keystore.location";
  public static final String SSL_KEYSTORE_PASSWORD = "schema.registry.ssl.keystore.password";
  public static final String SSL_KEYSTORE_TYPE = "schema.registry.ssl.keystore.type";
  public static final String SSL_KEY_PASSWORD = "schema.registry.ssl.key.password";

  /** Credentials come from the user info of the URL ({@code http://user:pw@host}), Confluent's default. */
  public static final String SOURCE_URL = "URL";
  /** Credentials come from {@value #BASIC_AUTH_USER_INFO}. */
  public static final String SOURCE_USER_INFO = "USER_INFO";

  private static final String MOCK_SCHEME = "mock://";

  /** The settings above; subclasses add theirs to a copy of it. */
  public static ConfigDef configDef() {
    return new ConfigDef()
        .define(URL, Type.LIST, null, Importance.HIGH,
            "Comma-separated schema registry base URLs, or a single mock://scope for an in-memory registry.")
        .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, SOURCE_URL,
            ConfigDef.ValidString.in(SOURCE_URL, SOURCE_USER_INFO), Importance.MEDIUM,
            "Where basic-auth credentials come from: URL (user info in the URL) or USER_INFO.")
        .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM,
            "Basic-auth credentials as user:password, used with USER_INFO.")
        .define(SR_BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.LOW,
            "Same as " + BASIC_AUTH_USER_INFO + "; the serializer-prefixed spelling.")
        .define(CONNECT_TIMEOUT_MS, Type.INT,
            (int) RestSchemaRegistryClient.DEFAULT_CONNECT_TIMEOUT.toMillis(), ConfigDef.Range.atLeast(1),
            Importance.LOW, "Time allowed to open a connection to the registry, in ms.")
        .define(READ_TIMEOUT_MS, Type.INT,
            (int) RestSchemaRegistryClient.DEFAULT_REQUEST_TIMEOUT.toMillis(), ConfigDef.Range.atLeast(1),
            Importance.LOW, "Time allowed for a whole registry request, in ms.")
        .define(SSL_TRUSTSTORE_LOCATION, Type.STRING, null, Importance.LOW,
            "Trust store for https registries; default: the JDK's trusted CAs.")
        .define(SSL_TRUSTSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Trust store password.")
        .define(SSL_TRUSTSTORE_TYPE, Type.STRING, "JKS", Importance.LOW, "Trust store type (JKS, PKCS12).")
        .define(SSL_KEYSTORE_LOCATION, Type.STRING, null, Importance.LOW,
            "Key store holding a client certificate, for registries that require mutual TLS.")
        .define(SSL_KEYSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Key store password.")
        .define(SSL_KEYSTORE_TYPE, Type.STRING, "JKS", Importance.LOW, "Key store type (JKS, PKCS12).")
        .define(SSL_KEY_PASSWORD, Type.PASSWORD, null, Importance.LOW,
            "Password of the private key; default: the key store password.");
  }

  public SchemaRegistryClientConfig(Map<?, ?> originals) {
    this(configDef(), originals);
  }

  protected SchemaRegistryClientConfig(ConfigDef definition, Map<?, ?> originals) {
    super(definition, originals, false);
    validateUrls();
    validateCredentials();
  }

  /** The URLs as given (at least one). */
  public List<String> urls() {
    return getList(URL);
  }

  /** The URLs joined with commas, as the client builders take them. */
  public String urlString() {
    return String.join(",", urls());
  }

  /** The in-memory scope when the URL is {@code mock://scope}. */
  public Optional<String> mockScope() {
    String first = urls().get(0);
    return first.startsWith(MOCK_SCHEME) ? Optional.of(first.substring(MOCK_SCHEME.length())) : Optional.empty();
  }

  /** Credentials from {@value #BASIC_AUTH_USER_INFO} when the source is USER_INFO; else empty (URL user info applies). */
  public Optional<String> basicAuthUserInfo() {
    if (!SOURCE_USER_INFO.equals(getString(BASIC_AUTH_CREDENTIALS_SOURCE))) {
      return Optional.empty();
    }
    Password info = getPassword(BASIC_AUTH_USER_INFO) != null
        ? getPassword(BASIC_AUTH_USER_INFO)
        : getPassword(SR_BASIC_AUTH_USER_INFO);
    return Optional.ofNullable(info).map(Password::value);
  }

  public Duration connectTimeout() {
    return Duration.ofMillis(getInt(CONNECT_TIMEOUT_MS));
  }

  public Duration requestTimeout() {
    return Duration.ofMillis(getInt(READ_TIMEOUT_MS));
  }

  /** A TLS context from the configured stores, or empty to use the JDK default. */
  public Optional<SSLContext> sslContext() {
    String trustStore = getString(SSL_TRUSTSTORE_LOCATION);
    String keyStore = getString(SSL_KEYSTORE_LOCATION);
    if (trustStore == null && keyStore == null) {
      return Optional.empty();
    }
    try {
      TrustManagerFactory trust = null;
      if (trustStore != null) {
        trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustStore, getString(SSL_TRUSTSTORE_TYPE), getPassword(SSL_TRUSTSTORE_PASSWORD)));
      }
      KeyManagerFactory keys = null;
      if (keyStore != null) {
        Password storePassword = getPassword(SSL_KEYSTORE_PASSWORD);
        Password keyPassword = getPassword(SSL_KEY_PASSWORD) != null ? getPassword(SSL_KEY_PASSWORD) : storePassword;
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore, getString(SSL_KEYSTORE_TYPE), storePassword), chars(keyPassword));
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
      return Optional.of(context);
    } catch (GeneralSecurityException | IOException e) {
      throw new ConfigException("Cannot set up TLS for the schema registry from the "
          + "schema.registry.ssl.* settings: " + e.getMessage());
    }
  }

  private static KeyStore load(String location, String type, Password password)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance(type);
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      store.load(in, chars(password));
    }
    return store;
  }

  private static char[] chars(Password password) {
    return password == null ? null : password.value().toCharArray();
  }

  private void validateUrls() {
    List<String> urls = getList(URL);
    if (urls == null || urls.isEmpty() || urls.stream().allMatch(String::isBlank)) {
      throw new ConfigException(URL + " is required: set it to the registry base URL(s), e.g. "
          + "http://localhost:8081, or mock://<scope> for an in-memory registry in tests");
    }
    boolean anyMock = urls.stream().anyMatch(u -> u.startsWith(MOCK_SCHEME));
    if (anyMock && urls.size() > 1) {
      throw new ConfigException(URL, String.join(",", urls), "a mock:// URL cannot be combined with other URLs");
    }
    if (anyMock && urls.get(0).length() == MOCK_SCHEME.length()) {
      throw new ConfigException(URL, urls.get(0), "a mock:// URL needs a scope name, e.g. mock://my-test");
    }
    for (String url : urls) {
      if (!url.startsWith(MOCK_SCHEME) && !url.startsWith("http://") && !url.startsWith("https://")) {
        throw new ConfigException(URL, url, "expected http://, https:// or mock:// URLs");
      }
    }
  }

  private void validateCredentials() {
    if (SOURCE_USER_INFO.equals(getString(BASIC_AUTH_CREDENTIALS_SOURCE)) && basicAuthUserInfo().isEmpty()) {
      throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO needs " + BASIC_AUTH_USER_INFO
          + " (or " + SR_BASIC_AUTH_USER_INFO + ") set to user:password");
    }
  }
}
