package org.aquastream.event.adapter.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private final ClientAddress gateway = new ClientAddress(List.of("10.0.0.0/8", "::1"));

  @Test
  void aDirectClientIsItsConnectionAddressWhateverItClaims() {
    assertThat(gateway.resolve("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
  }

  @Test
  void behindTheTrustedGatewayTheRightMostUntrustedHopIsTheClient() {
    assertThat(gateway.resolve("10.1.2.3", "198.51.100.9")).isEqualTo("198.51.100.9");
    // A client forging the header only prepends; the gateway appends the real address.
    assertThat(gateway.resolve("10.1.2.3", "1.2.3.4, 198.51.100.9, 10.9.9.9"))
        .isEqualTo("198.51.100.9");
    assertThat(gateway.resolve("0:0:0:0:0:0:0:1", "2001:db8::5")).isEqualTo("2001:db8::5");
  }

  @Test
  void withoutTheHeaderOrWithGarbageTheConnectionAddressCounts() {
    assertThat(gateway.resolve("10.1.2.3", null)).isEqualTo("10.1.2.3");
    assertThat(gateway.resolve("10.1.2.3", "evil.example")).isEqualTo("10.1.2.3");
  }

  @Test
  void trustedProxiesMustBeAddressesOrBlocks() {
    assertThatThrownBy(() -> new ClientAddress(List.of("gateway.local")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
