package org.aquastream.event.adapter.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedPageTest {
  private final RenderedPage page = RenderedPage.of(Map.of("title", "Night dive"));

  @Test
  void theSameContentHasTheSameWeakTagWhereverItIsRendered() {
    RenderedPage again = RenderedPage.of(Map.of("title", "Night dive"));

    assertThat(again.etag()).isEqualTo(page.etag()).startsWith("W/\"").endsWith("\"");
  }

  @Test
  void otherContentHasAnotherTag() {
    assertThat(RenderedPage.of(Map.of("title", "Night dive!")).etag()).isNotEqualTo(page.etag());
  }

  @Test
  void theBytesAreTheApisJson() {
    assertThat(new String(page.json(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"title\":\"Night dive\"}");
  }

  @Test
  void aConditionalHeaderNamesThePageByItsTagComparedWeakly() {
    String strong = page.etag().substring(2);

    assertThat(page.isNamedBy(page.etag())).isTrue();
    assertThat(page.isNamedBy(strong)).isTrue();
    assertThat(page.isNamedBy("\"a\", " + page.etag() + " , \"b\"")).isTrue();
    assertThat(page.isNamedBy("*")).isTrue();
  }

  @Test
  void otherTagsOrNoneDoNotNameThePage() {
    for (String header : List.of("W/\"other\"", "\"\"", "", page.etag() + "x")) {
      assertThat(page.isNamedBy(header)).as(header).isFalse();
    }
    assertThat(page.isNamedBy(null)).isFalse();
  }
}
