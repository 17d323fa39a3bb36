package org.aquastream.event.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMediaTypeTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON;CHARSET=\"UTF-8\"",
        "application/merge-patch+json",
        "application/vnd.aquastream.event+json; charset=utf-8"
      })
  void jsonInUtf8IsRead(String contentType) {
    assertThat(JsonMediaType.accepts(contentType)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "text/plain",
        "text/json",
        "application/jsonp",
        "application/+json",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=json",
        "application/json; charset=iso-8859-1",
        "application/json; charset",
        "*/*"
      })
  void anythingElseIsNot(String contentType) {
    assertThat(JsonMediaType.accepts(contentType)).isFalse();
  }

  @Test
  void noContentTypeIsNoJson() {
    assertThat(JsonMediaType.accepts(null)).isFalse();
  }
}
