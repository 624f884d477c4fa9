package dev.newsflow.ops.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Refuses the requests a web page can make the operator's browser send to a server on their machine or network,
 * for every HTTP server we run (push, registry, operations and dashboard):
 *
 * <ul>
 *   <li><b>DNS rebinding</b>: the {@code Host} must be a name no outside DNS can point at us: an IP literal,
 *       {@code localhost} (or {@code *.localhost}), a single-label name (a container or host name such as
 *       {@code enrich-1}), or one of the names the server was told about. A public name like
 *       {@code attacker.example} that resolves to 127.0.0.1 is refused.
 *   <li><b>Cross-site requests</b>: an {@code Origin} other than the server's own (the {@code Host}), including
 *       {@code null}, is refused; for a request that changes something (any method but GET, HEAD, OPTIONS) sent
 *       without {@code Origin}, a {@code Sec-Fetch-Site} other than same-origin or a foreign {@code Referer} is
 *       refused too, which covers form-style {@code text/plain} POSTs from old browsers.
 * </ul>
 *
 * Clients that are not browsers (curl, Kafka serializers, Prometheus) send none of these headers and pass.
 *
 * <p>Immutable and thread-safe.
 */
public final class CrossSiteGuard {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final int SHOWN_CHARS = 80;

  private final Set<String> knownHosts;

  private CrossSiteGuard(Set<String> knownHosts) {
    this.knownHosts = knownHosts;
  }

  /** The guard with no names beyond the ones that cannot be rebound. */
  public static CrossSiteGuard standard() {
    return new CrossSiteGuard(Set.of());
  }

  /**
   * @param hostNames further names clients use for this server (a DNS name in front of it, e.g.
   *     {@code ingest.example.org}); matched without the port, case-insensitively
   */
  public static CrossSiteGuard allowing(Collection<String> hostNames) {
    return new CrossSiteGuard(hostNames.stream().map(CrossSiteGuard::normalHost)
        .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * Why the request is refused (one sentence, for a 403), or empty when it may go on.
   *
   * @param header a request header's first value by name, or null when absent
   */
  public Optional<String> refusal(String method, Function<String, String> header) {
    String host = header.apply("Host");
    if (host != null && !allowedHost(hostOf(host))) {
      return Optional.of("request refused: Host " + shown(host) + " is not a name of this server (a DNS-rebinding"
          + " guard); use its IP address or localhost, or add the name to the server's allowed hosts");
    }
    String origin = header.apply("Origin");
    if (origin != null) {
      return sameOrigin(origin, host) ? Optional.empty() : Optional.of("cross-origin request refused: Origin "
          + shown(origin) + " is not this server" + (host == null ? "" : " (" + shown(host) + ")"));
    }
    if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String site = header.apply("Sec-Fetch-Site");
    if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
      return Optional.of("cross-site request refused: Sec-Fetch-Site is " + shown(site));
    }
    String referer = header.apply("Referer");
    if (referer != null && !sameOrigin(referer, host)) {
      return Optional.of("cross-site request refused: sent from another site (Referer " + shown(referer) + ")");
    }
    return Optional.empty();
  }

  private boolean allowedHost(String host) {
    return host.isEmpty() || isIpLiteral(host) || host.equals("localhost") || host.endsWith(".localhost")
        || !host.contains(".") || knownHosts.contains(host);
  }

  /** Whether a URL ({@code Origin} or {@code Referer}) names the server the request was sent to. */
  private static boolean sameOrigin(String url, String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return false; // "null", file:, data: ...
    }
    if (!normalHost(uri.getHost()).equals(hostOf(hostHeader))) {
      return false;
    }
    // Ports are compared only when both sides name one: behind a TLS proxy the Origin has none and the Host may.
    String hostPort = portOf(hostHeader);
    return uri.getPort() == -1 || hostPort == null || hostPort.equals(String.valueOf(uri.getPort()));
  }

  /** The host of a {@code Host} header value, without port or brackets, lower case. */
  static String hostOf(String hostHeader) {
    String value = hostHeader.strip();
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      return normalHost(end < 0 ? value.substring(1) : value.substring(1, end));
    }
    int colon = value.indexOf(':');
    boolean hostAndPort = colon >= 0 && colon == value.lastIndexOf(':');
    return normalHost(hostAndPort ? value.substring(0, colon) : value);
  }

  private static String portOf(String hostHeader) {
    String value = hostHeader.strip();
    int colon = value.lastIndexOf(':');
    int bracket = value.lastIndexOf(']');
    if (colon < 0 || colon < bracket || (bracket < 0 && colon != value.indexOf(':'))) {
      return null;
    }
    return value.substring(colon + 1);
  }

  private static String normalHost(String host) {
    String lower = host.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("[") && lower.endsWith("]")) {
      lower = lower.substring(1, lower.length() - 1);
    }
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static boolean isIpLiteral(String host) {
    return IPV4.matcher(host).matches() || host.contains(":"); // no DNS name holds a colon: an IPv6 literal
  }

  /** A header value fit to quote in an answer: printable, bounded. */
  private static String shown(String value) {
    String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
    return "\"" + (printable.length() > SHOWN_CHARS ? printable.substring(0, SHOWN_CHARS) + "..." : printable) + "\"";
  }
}
