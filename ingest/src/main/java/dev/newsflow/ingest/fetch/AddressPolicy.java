package dev.newsflow.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which non-public addresses may be fetched anyway. By default none: only public unicast addresses are.
 *
 * @param allowPrivateNetworks every address is allowed (for a crawler inside a trusted network, and tests)
 * @param allowedHosts host names allowed whatever they resolve to; a leading dot allows every subdomain
 * @param allowedBlocks address blocks allowed
 */
public record AddressPolicy(boolean allowPrivateNetworks, List<String> allowedHosts, List<Cidr> allowedBlocks) {

  public AddressPolicy {
    allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    allowedBlocks = List.copyOf(allowedBlocks);
  }

  /** Public addresses only. */
  public static AddressPolicy publicOnly() {
    return new AddressPolicy(false, List.of(), List.of());
  }

  /** Everything allowed: for tests against local servers and trusted networks only. */
  public static AddressPolicy allowAll() {
    return new AddressPolicy(true, List.of(), List.of());
  }

  /** From a comma list mixing host names and CIDR blocks ({@code net.allow}). */
  public static AddressPolicy of(boolean allowPrivateNetworks, List<String> entries) {
    List<String> hosts = new ArrayList<>();
    List<Cidr> blocks = new ArrayList<>();
    for (String entry : entries) {
      if (Cidr.looksLikeAddress(entry)) {
        blocks.add(Cidr.parse(entry));
      } else {
        hosts.add(entry);
      }
    }
    return new AddressPolicy(allowPrivateNetworks, hosts, blocks);
  }

  boolean allowsHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String allowed : allowedHosts) {
      if (allowed.startsWith(".") ? h.endsWith(allowed) || h.equals(allowed.substring(1)) : h.equals(allowed)) {
        return true;
      }
    }
    return false;
  }
}
