package org.aquastream.event.adapter.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GzipAcceptanceTest {

  @Test
  void gzipIsAcceptedWhereverTheCallerNamesIt() {
    assertThat(HttpCaching.acceptsGzip("gzip")).isTrue();
    assertThat(HttpCaching.acceptsGzip("br, GZIP;q=0.5")).isTrue();
    assertThat(HttpCaching.acceptsGzip(" deflate , gzip ")).isTrue();
  }

  @Test
  void gzipIsNotSentWhereItIsRefusedOrNotNamed() {
    assertThat(HttpCaching.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(HttpCaching.acceptsGzip("gzip; q=0.000")).isFalse();
    assertThat(HttpCaching.acceptsGzip("deflate, br")).isFalse();
    assertThat(HttpCaching.acceptsGzip("")).isFalse();
    assertThat(HttpCaching.acceptsGzip(null)).isFalse();
  }
}
