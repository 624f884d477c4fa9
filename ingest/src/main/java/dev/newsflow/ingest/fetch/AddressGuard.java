package dev.newsflow.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SSRF guard: a URL may be fetched only if it is http(s) and every address its host resolves to is a public
 * unicast address, unless the {@link AddressPolicy} allows it. Refused: loopback, unspecified, RFC 1918 private,
 * unique-local fc00::/7, link-local (169.254/16 with the cloud metadata address 169.254.169.254, fe80::/10),
 * multicast, CGNAT 100.64/10, "this network" 0/8, reserved 240/4 and broadcast, benchmarking 198.18/15, the
 * IETF protocol block 192.0.0/24, IPv4 embedded in IPv6 (IPv4-compatible, NAT64 64:ff9b::/96) pointing at any
 * of those, and the tunnelling prefixes 6to4 (2002::/16) and Teredo (2001::/32), whose packets reach IPv4 hosts
 * through relays. Numeric hosts in any form but four plain decimal numbers ({@code 0177.0.0.1},
 * {@code 0x7f.1}, {@code 127.1}) are refused outright: Java reads {@code 0177.0.0.1} as the public 177.0.0.1
 * while curl and the C library read it as octal 127.0.0.1, so what is checked here is not what others connect to.
 *
 * <p>Every address is checked, not just the first, so a host with one public and one private address is refused.
 * Residual risk (DNS rebinding): the JDK HttpClient resolves the host again when it connects; that lookup is
 * normally answered from the JVM's own address cache ({@code networkaddress.cache.ttl}, 30 s by default), which
 * holds the answer checked here, but a cache expiring in between, or a JVM configured not to cache, reopens the
 * window. The JDK 17 client cannot be told which address to use. Run crawlers where they cannot reach
 * internal services anyway for defence in depth.
 *
 * <p>Thread-safe.
 */
public final class AddressGuard {

  /** Resolves a host name; replaceable in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private static final List<Cidr> BLOCKED = List.of(
      Cidr.parse("0.0.0.0/8"), Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"), Cidr.parse("127.0.0.0/8"),
      Cidr.parse("169.254.0.0/16"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.0.0.0/24"),
      Cidr.parse("192.168.0.0/16"), Cidr.parse("198.18.0.0/15"), Cidr.parse("224.0.0.0/4"),
      Cidr.parse("240.0.0.0/4"), Cidr.parse("::/128"), Cidr.parse("::1/128"), Cidr.parse("fc00::/7"),
      Cidr.parse("fe80::/10"), Cidr.parse("fec0::/10"), Cidr.parse("ff00::/8"), Cidr.parse("2002::/16"),
      Cidr.parse("2001::/32"));
  /** Dot-separated parts that are all numbers (decimal, or hexadecimal with 0x): an IPv4 literal of some form. */
  private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
  private static final Pattern PLAIN_IPV4 =
      Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
  private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");

  private final AddressPolicy policy;
  private final Resolver resolver;

  public AddressGuard(AddressPolicy policy, Resolver resolver) {
    this.policy = policy;
    this.resolver = resolver;
  }

  public AddressGuard(AddressPolicy policy) {
    this(policy, InetAddress::getAllByName);
  }

  /** The reason the URL may not be fetched, or null when it may. Resolves the host (DNS). */
  public String refusal(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https URLs are fetched, not '" + scheme + "'";
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return "the URL has no host";
    }
    if (NUMERIC_HOST.matcher(host).matches() && !PLAIN_IPV4.matcher(host).matches()) {
      return "host " + host + " is an IPv4 address in an ambiguous form (leading zeros, hexadecimal or fewer than"
          + " four parts are read differently by different programs); write it as four decimal numbers";
    }
    if (policy.allowPrivateNetworks() || policy.allowsHost(host)) {
      return null;
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return "cannot resolve host " + host;
    }
    for (InetAddress address : addresses) {
      String why = nonPublic(address);
      if (why != null && policy.allowedBlocks().stream().noneMatch(b -> b.contains(address))) {
        String what = Cidr.looksLikeAddress(host) ? host + " is"
            : host + " resolves to " + address.getHostAddress() + ",";
        return what + " a " + why
            + " address (refused; allow with net.allow or net.allow-private-networks)";
      }
    }
    return null;
  }

  /** Why an address is not public ("loopback", "private", ...), or null for a public unicast address. */
  static String nonPublic(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return "loopback";
    }
    if (address.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isMulticastAddress()) {
      return "multicast";
    }
    if (address.isSiteLocalAddress()) {
      return "private";
    }
    if (address instanceof Inet6Address v6) {
      InetAddress embedded = embeddedIpv4(v6);
      if (embedded != null) {
        String why = nonPublic(embedded);
        return why == null ? null : why + " (embedded in IPv6)";
      }
    }
    for (Cidr block : BLOCKED) {
      if (block.contains(address)) {
        return "non-public (" + block + ")";
      }
    }
    return null;
  }

  private static InetAddress embeddedIpv4(Inet6Address v6) {
    byte[] b = v6.getAddress();
    boolean compatible = true;
    for (int i = 0; i < 12; i++) {
      compatible &= b[i] == 0;
    }
    if ((compatible && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1)))
        || NAT64.contains(v6)) {
      try {
        return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      } catch (UnknownHostException e) {
        return null;
      }
    }
    return null;
  }
}
