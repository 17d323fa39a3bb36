package org.aquastream.event.domain.organizer;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.InvalidValues.text;
import static org.aquastream.event.domain.testdata.TestOrganizers.aFaqItemOf;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaqItemTest {
  private static final OrganizerId ORGANIZER = OrganizerId.newId();

  @Test
  void aQuestionHasOneToFiveHundredCharacters() {
    assertInvalidField(() -> new FaqContent(null, "Yes", 0)).isEqualTo("question");
    assertInvalidField(() -> new FaqContent(" ", "Yes", 0)).isEqualTo("question");
    assertInvalidField(() -> new FaqContent(text(501), "Yes", 0)).isEqualTo("question");
    assertThat(new FaqContent(text(500), "Yes", 0).question()).hasSize(500);
  }

  @Test
  void anAnswerHasOneToTwoThousandCharacters() {
    assertInvalidField(() -> new FaqContent("Wetsuit?", null, 0)).isEqualTo("answer");
    assertInvalidField(() -> new FaqContent("Wetsuit?", "", 0)).isEqualTo("answer");
    assertInvalidField(() -> new FaqContent("Wetsuit?", text(2001), 0)).isEqualTo("answer");
    assertThat(new FaqContent("Wetsuit?", text(2000), 0).answer()).hasSize(2000);
  }

  @Test
  void aSortOrderIsNeverNegative() {
    assertInvalidField(() -> new FaqContent("Wetsuit?", "Yes", -1)).isEqualTo("sortOrder");
  }

  @Test
  void aFaqIsOrderedBySortOrderThenByWhatCameFirst() {
    FaqItem late = item(0, 10);
    FaqItem early = item(0, 1);
    FaqItem last = item(3, 0);
    List<FaqItem> faq = new ArrayList<>(List.of(last, late, early));

    faq.sort(FaqItem.ORDER);

    assertThat(faq).containsExactly(early, late, last);
  }

  @Test
  void replacingKeepsIdentityAndCreationTime() {
    FaqItem item = item(0, 0);

    FaqItem replaced = item.replace(new FaqContent("Q?", "A.", 2), NOW.plusSeconds(60));

    assertThat(replaced.id()).isEqualTo(item.id());
    assertThat(replaced.createdAt()).isEqualTo(item.createdAt());
    assertThat(replaced.content().sortOrder()).isEqualTo(2);
    assertThat(replaced.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  private static FaqItem item(int sortOrder, int addedSecondsLater) {
    return aFaqItemOf(ORGANIZER)
        .sortOrder(sortOrder)
        .createdAt(NOW.plusSeconds(addedSecondsLater))
        .build();
  }
}
