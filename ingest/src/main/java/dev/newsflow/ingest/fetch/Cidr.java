package dev.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A block of IP addresses ({@code 10.0.0.0/8}, {@code fc00::/7}; a single address is a /32 or /128).
 * Parsed from literals only, never through DNS. Immutable.
 */
public record Cidr(byte[] network, int prefixLength, String text) {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** True if the text looks like an IP literal or CIDR (so it is not a host name). */
  public static boolean looksLikeAddress(String text) {
    String base = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
    return IPV4.matcher(base).matches() || base.contains(":");
  }

  public static Cidr parse(String text) {
    String s = text.strip();
    int slash = s.indexOf('/');
    String base = slash < 0 ? s : s.substring(0, slash);
    if (!looksLikeAddress(base)) {
      throw new IllegalArgumentException("not an IP address or CIDR block: '" + text + "'");
    }
    byte[] bytes;
    try {
      bytes = InetAddress.getByName(base.startsWith("[") ? base.substring(1, base.length() - 1) : base).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address or CIDR block: '" + text + "'", e);
    }
    int bits = bytes.length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(s.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad prefix length in '" + text + "'", e);
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("prefix length of '" + text + "' must be 0.." + bits);
    }
    return new Cidr(bytes, prefix, s);
  }

  public boolean contains(InetAddress address) {
    byte[] a = address.getAddress();
    if (a.length != network.length) {
      return false;
    }
    int full = prefixLength / 8;
    for (int i = 0; i < full; i++) {
      if (a[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (a[full] & mask) == (network[full] & mask);
  }

  @Override
  public String toString() {
    return text;
  }
}
