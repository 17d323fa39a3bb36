package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestOrganizers.aFaqItemOf;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.application.port.out.organizer.FaqItemRepository;
import org.aquastream.event.domain.organizer.FaqContent;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.organizer.Organizer;
import org.junit.jupiter.api.Test;

/** What every {@link FaqItemRepository} must do: store, replace, delete and order a FAQ. */
public abstract class FaqItemRepositoryContract extends PortContract {

  @Test
  void aStoredItemReadsBackAsItWas() {
    FaqItem item = item(givenOrganizer(), 0, 0);
    ports.faqItems().insert(item);

    assertThat(ports.faqItems().findById(item.id())).contains(item);
    assertThat(ports.faqItems().findById(FaqItemId.newId())).isEmpty();
  }

  @Test
  void anUpdateReplacesQuestionAnswerAndPosition() {
    FaqItem item = item(givenOrganizer(), 0, 0);
    ports.faqItems().insert(item);
    FaqItem replaced =
        item.replace(new FaqContent("Is lunch included?", "No.", 4), NOW.plusSeconds(5));

    ports.faqItems().update(replaced);

    assertThat(ports.faqItems().findById(item.id())).contains(replaced);
  }

  @Test
  void deletingTellsWhetherThereWasAnItem() {
    FaqItem item = item(givenOrganizer(), 0, 0);
    ports.faqItems().insert(item);

    assertThat(ports.faqItems().delete(item.id())).isTrue();
    assertThat(ports.faqItems().delete(item.id())).isFalse();
  }

  @Test
  void aFaqIsListedBySortOrderThenByWhatCameFirstAndOnlyItsOwn() {
    Organizer organizer = givenOrganizer();
    FaqItem second = item(organizer, 2, 0);
    FaqItem third = item(organizer, 2, 30);
    FaqItem first = item(organizer, 0, 60);
    FaqItem foreign = item(givenOrganizer(), 0, 0);
    for (FaqItem f : new FaqItem[] {third, second, first, foreign}) {
      ports.faqItems().insert(f);
    }

    assertThat(ports.faqItems().listByOrganizer(organizer.id()))
        .containsExactly(first, second, third);
  }

  private static FaqItem item(Organizer organizer, int sortOrder, int addedSecondsLater) {
    return aFaqItemOf(organizer.id())
        .sortOrder(sortOrder)
        .createdAt(NOW.plusSeconds(addedSecondsLater))
        .build();
  }
}
