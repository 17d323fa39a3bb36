package org.aquastream.event.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void anEmptyListHasNoPagesAndNothingAround() {
    Page<String> page = Page.of(List.of(), 0, new PageRequest(0, 20));

    assertThat(page.totalPages()).isZero();
    assertThat(page.hasNext()).isFalse();
    assertThat(page.hasPrevious()).isFalse();
  }

  @Test
  void aPartlyFilledLastPageStillCounts() {
    assertThat(Page.of(List.of(), 45, new PageRequest(0, 20)).totalPages()).isEqualTo(3);
    assertThat(Page.of(List.of(), 40, new PageRequest(0, 20)).totalPages()).isEqualTo(2);
    assertThat(Page.of(List.of(), 1, new PageRequest(0, 20)).totalPages()).isEqualTo(1);
  }

  @Test
  void theFirstPageHasANextButNoPrevious() {
    Page<String> first = Page.of(List.of("a"), 45, new PageRequest(0, 20));

    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
  }

  @Test
  void aMiddlePageHasBoth() {
    Page<String> middle = Page.of(List.of("a"), 45, new PageRequest(1, 20));

    assertThat(middle.hasNext()).isTrue();
    assertThat(middle.hasPrevious()).isTrue();
  }

  @Test
  void theLastPageHasAPreviousButNoNext() {
    Page<String> last = Page.of(List.of("a"), 45, new PageRequest(2, 20));

    assertThat(last.hasNext()).isFalse();
    assertThat(last.hasPrevious()).isTrue();
  }

  @Test
  void theLargestPageNumberHasNoNextEither() {
    Page<String> farthest = Page.of(List.of(), 45, new PageRequest(Integer.MAX_VALUE, 20));

    assertThat(farthest.hasNext()).isFalse();
  }

  @Test
  void aPageBeyondTheEndHasNoNext() {
    Page<String> beyond = Page.of(List.of(), 45, new PageRequest(7, 20));

    assertThat(beyond.hasNext()).isFalse();
    assertThat(beyond.hasPrevious()).isTrue();
  }

  @Test
  void mappingKeepsTheNumbers() {
    Page<Integer> lengths =
        Page.of(List.of("a", "bb"), 12, new PageRequest(1, 2)).map(String::length);

    assertThat(lengths.items()).containsExactly(1, 2);
    assertThat(lengths.total()).isEqualTo(12);
    assertThat(lengths.page()).isEqualTo(1);
    assertThat(lengths.size()).isEqualTo(2);
  }

  @Test
  void itemsAreACopyThatCannotBeChanged() {
    List<String> source = new ArrayList<>(List.of("a"));
    Page<String> page = Page.of(source, 1, PageRequest.first());
    source.add("b");

    assertThat(page.items()).containsExactly("a");
    assertThatThrownBy(() -> page.items().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
