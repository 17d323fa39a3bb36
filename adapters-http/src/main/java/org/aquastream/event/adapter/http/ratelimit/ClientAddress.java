package org.aquastream.event.adapter.http.ratelimit;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The client's IP address. {@code X-Forwarded-For} is believed only when the connection comes from
 * a trusted proxy (the gateway); then the right-most address that is not a trusted proxy is the
 * client, so a client cannot choose its own address by sending the header itself.
 */
public final class ClientAddress {
  private final List<Network> trusted;

  /** {@code trustedProxies}: IP addresses or CIDR blocks ({@code 10.0.0.0/8}). */
  public ClientAddress(List<String> trustedProxies) {
    this.trusted = trustedProxies.stream().map(Network::parse).toList();
  }

  public String resolve(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(remoteAddress)) {
      return remoteAddress;
    }
    List<String> hops = new ArrayList<>(Arrays.asList(forwardedFor.split(",")));
    String client = remoteAddress;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).strip();
      if (!isLiteralAddress(hop)) {
        return client;
      }
      client = hop;
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return client;
  }

  private boolean isTrusted(String address) {
    return trusted.stream().anyMatch(network -> network.contains(address));
  }

  /** Only IP literals count; a name would make InetAddress resolve it through DNS. */
  private static boolean isLiteralAddress(String text) {
    return !text.isEmpty() && text.matches("^[0-9A-Fa-f:.]+$");
  }

  /** An address block: addresses of {@code bits} bits whose first {@code prefix} bits match. */
  private record Network(BigInteger network, int bits, int prefix) {
    static Network parse(String text) {
      String spec = text.strip();
      int slash = spec.indexOf('/');
      String address = slash < 0 ? spec : spec.substring(0, slash);
      if (!isLiteralAddress(address)) {
        throw new IllegalArgumentException("trusted proxy must be an IP or CIDR: " + text);
      }
      byte[] base = bytes(address);
      int bits = base.length * 8;
      int prefix = slash < 0 ? bits : Integer.parseInt(spec.substring(slash + 1));
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("bad prefix length in " + text);
      }
      return new Network(new BigInteger(1, base).shiftRight(bits - prefix), bits, prefix);
    }

    boolean contains(String address) {
      if (!isLiteralAddress(address)) {
        return false;
      }
      byte[] other;
      try {
        other = bytes(address);
      } catch (IllegalArgumentException e) {
        return false;
      }
      return other.length * 8 == bits
          && new BigInteger(1, other).shiftRight(bits - prefix).equals(network);
    }

    private static byte[] bytes(String literal) {
      try {
        return InetAddress.getByName(literal).getAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("not an IP address: " + literal, e);
      }
    }
  }
}
