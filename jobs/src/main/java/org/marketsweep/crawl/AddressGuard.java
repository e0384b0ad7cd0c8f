package org.marketsweep.crawl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Refuses hosts that resolve to loopback, private (RFC 1918, IPv6 ULA), link-local, wildcard,
 * multicast or carrier-grade NAT addresses, unless private addresses are allowed. Results are cached
 * per host for the crawl. The HTTP client resolves the name again, so a DNS answer that changes
 * between the check and the request (rebinding) is not caught.
 */
final class AddressGuard {
  private final boolean allowPrivate;
  private final ConcurrentMap<String, Optional<String>> verdicts = new ConcurrentHashMap<>();

  AddressGuard(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Empty if {@code host} may be fetched, else the reason it may not. */
  Optional<String> refusal(String host) {
    return verdicts.computeIfAbsent(host, this::check);
  }

  private Optional<String> check(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(h);
    } catch (UnknownHostException e) {
      return Optional.of("cannot resolve host '" + host + "'");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    for (InetAddress a : addresses) {
      if (isNonPublic(a)) {
        return Optional.of("host '" + host + "' resolves to non-public address " + a.getHostAddress()
            + " (set allow_private_addresses: true to allow)");
      }
    }
    return Optional.empty();
  }

  static boolean isNonPublic(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xFE) == 0xFC; // fc00::/7 unique local
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 169 && second == 254);
  }
}
