package org.aquastream.event.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.testdata.InMemoryCore;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventDates;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.shared.InvalidValueException;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestEvents;
import org.aquastream.event.domain.testdata.TestTimes;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SearchEventsServiceTest {
  private final InMemoryCore core = new InMemoryCore();
  private final Event later =
      core.store(
          TestEvents.aPublishedEvent()
              .details(TestEvents.details().title("Sea SUP").startsAt(TestTimes.daysFromNow(9)))
              .price("2000")
              .build());
  private final Event sooner =
      core.store(
          TestEvents.aPublishedEvent()
              .details(TestEvents.details().title("Lake kayak").startsAt(TestTimes.daysFromNow(3)))
              .build());

  {
    core.store(TestEvents.aDraftEvent().build());
    core.store(TestEvents.anEvent().status(EventStatus.CANCELLED).build());
    core.store(TestEvents.anEvent().status(EventStatus.COMPLETED).build());
  }

  private static EventSearch search(
      EventStatus status,
      Optional<BigDecimal> min,
      Optional<BigDecimal> max,
      Optional<String> text) {
    return new EventSearch(
        status,
        Optional.empty(),
        min,
        max,
        Optional.empty(),
        Optional.empty(),
        text,
        Optional.empty());
  }

  private static AbstractStringAssert<?> assertInvalidField(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    return assertThat(((InvalidValueException) thrown).field());
  }

  @Test
  void theCatalogShowsPublishedEventsSoonestFirst() {
    Page<EventView> page = core.searchEvents().search(EventSearch.published(), PageRequest.first());

    assertThat(page.items())
        .extracting(v -> v.event().id())
        .containsExactly(sooner.id(), later.id());
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void pastEventsAreAskedForByStatus() {
    Page<EventView> page =
        core.searchEvents()
            .search(
                search(EventStatus.COMPLETED, Optional.empty(), Optional.empty(), Optional.empty()),
                PageRequest.first());

    assertThat(page.items())
        .singleElement()
        .satisfies(v -> assertThat(v.event().status()).isEqualTo(EventStatus.COMPLETED));
  }

  @Test
  void filtersNarrowTheCatalog() {
    Page<EventView> pricey =
        core.searchEvents()
            .search(
                search(
                    EventStatus.PUBLISHED,
                    Optional.of(new BigDecimal("1000")),
                    Optional.empty(),
                    Optional.empty()),
                PageRequest.first());
    Page<EventView> byTitle =
        core.searchEvents()
            .search(
                search(
                    EventStatus.PUBLISHED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("  KAYAK ")),
                PageRequest.first());

    assertThat(pricey.items()).extracting(v -> v.event().id()).containsExactly(later.id());
    assertThat(byTitle.items()).extracting(v -> v.event().id()).containsExactly(sooner.id());
  }

  @Test
  void onlyPublishedOrCompletedEventsCanBeSearched() {
    assertInvalidField(
            () -> search(EventStatus.DRAFT, Optional.empty(), Optional.empty(), Optional.empty()))
        .isEqualTo("status");
    assertInvalidField(
            () ->
                search(EventStatus.CANCELLED, Optional.empty(), Optional.empty(), Optional.empty()))
        .isEqualTo("status");
  }

  @Test
  void searchFiltersGuardThemselves() {
    assertInvalidField(
            () ->
                search(
                    EventStatus.PUBLISHED,
                    Optional.of(new BigDecimal("-1")),
                    Optional.empty(),
                    Optional.empty()))
        .isEqualTo("minPrice");
    assertInvalidField(
            () ->
                search(
                    EventStatus.PUBLISHED,
                    Optional.of(BigDecimal.TEN),
                    Optional.of(BigDecimal.ONE),
                    Optional.empty()))
        .isEqualTo("minPrice");
    assertInvalidField(
            () ->
                search(
                    EventStatus.PUBLISHED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("x".repeat(201))))
        .isEqualTo("search");
    assertInvalidField(
            () ->
                new EventSearch(
                    EventStatus.PUBLISHED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(TestTimes.daysFromNow(2)),
                    Optional.of(TestTimes.daysFromNow(1)),
                    Optional.empty(),
                    Optional.empty()))
        .isEqualTo("dateFrom");
  }

  @Test
  void dateFiltersAndCatalogPositionsLieWithinTheYearsOfEvents() {
    Instant beforeAnyEvent = EventDates.EARLIEST.minusNanos(1);

    assertInvalidField(() -> dated(Optional.of(beforeAnyEvent), Optional.empty()))
        .isEqualTo("dateFrom");
    assertInvalidField(() -> dated(Optional.empty(), Optional.of(EventDates.END)))
        .isEqualTo("dateTo");
    assertInvalidField(() -> new EventKeyset(Instant.MAX, later.id())).isEqualTo("dateStart");
    assertThat(dated(Optional.of(EventDates.EARLIEST), Optional.of(EventDates.END.minusNanos(1))))
        .isNotNull();
  }

  private static EventSearch dated(Optional<Instant> from, Optional<Instant> to) {
    return new EventSearch(
        EventStatus.PUBLISHED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        from,
        to,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void blankTextFiltersMeanNoFilter() {
    EventSearch blank =
        search(EventStatus.PUBLISHED, Optional.empty(), Optional.empty(), Optional.of("   "));

    assertThat(blank.text()).isEmpty();
    assertThat(core.searchEvents().search(blank, PageRequest.first()).total()).isEqualTo(2);
  }
}
