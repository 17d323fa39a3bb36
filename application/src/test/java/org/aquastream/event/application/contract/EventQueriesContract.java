package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestEvents.anEvent;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.aquastream.event.application.port.in.event.EventKeyset;
import org.aquastream.event.application.port.in.event.EventSearch;
import org.aquastream.event.application.port.in.event.EventView;
import org.aquastream.event.application.port.in.organizer.OrganizerSummary;
import org.aquastream.event.application.port.out.event.EventQueries;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.event.EventStatus;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.testdata.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventQueries} must do: the catalog's filters, order and pages. */
public abstract class EventQueriesContract extends PortContract {
  private static final PageRequest FIRST = new PageRequest(0, 20);

  private Organizer organizer;

  @BeforeEach
  void givenAnOrganizer() {
    organizer = givenOrganizer();
  }

  @Test
  void aViewCarriesItsOrganizer() {
    Event event = given(anEvent().organizedBy(organizer).price("100.00"));

    Optional<EventView> view = ports.eventQueries().findView(event.id());

    assertThat(view)
        .get()
        .extracting(EventView::organizer)
        .isEqualTo(OrganizerSummary.of(organizer));
    assertThat(view).get().extracting(EventView::event).usingRecursiveComparison().isEqualTo(event);
    assertThat(ports.eventQueries().findView(EventId.newId())).isEmpty();
  }

  @Test
  void theCatalogListsOnlyTheRequestedStatus() {
    Event published = given(event().status(EventStatus.PUBLISHED));
    Event completed = given(event().status(EventStatus.COMPLETED));
    given(event().status(EventStatus.DRAFT));
    given(event().status(EventStatus.CANCELLED));

    assertThat(ids(search(EventSearch.published()))).containsExactly(published.id());
    assertThat(ids(search(with(EventStatus.COMPLETED)))).containsExactly(completed.id());
  }

  @Test
  void typeMatchesExactly() {
    Event rafting = given(event().type("RAFTING"));
    given(event().type("RAFTING-PRO"));
    given(event().type("KAYAK"));

    assertThat(ids(search(filters().type("RAFTING")))).containsExactly(rafting.id());
  }

  @Test
  void thePriceRangeCountsAFreeEventAsZero() {
    Event free = given(event().free().startsInDays(1));
    Event cheap = given(event().price("500.00").startsInDays(2));
    Event dear = given(event().price("5000.00").startsInDays(3));

    assertThat(ids(search(filters().maxPrice("500.00")))).containsExactly(free.id(), cheap.id());
    assertThat(ids(search(filters().minPrice("500.00")))).containsExactly(cheap.id(), dear.id());
    assertThat(ids(search(filters().minPrice("0").maxPrice("0")))).containsExactly(free.id());
  }

  @Test
  void theDateRangeIncludesBothEndsOfTheStart() {
    Instant from = NOW.plus(Duration.ofDays(5));
    Instant to = NOW.plus(Duration.ofDays(7));
    given(event().startsAt(from.minusSeconds(1)));
    Event first = given(event().startsAt(from));
    Event last = given(event().startsAt(to));
    given(event().startsAt(to.plusSeconds(1)));

    assertThat(ids(search(filters().dateFrom(from).dateTo(to))))
        .containsExactly(first.id(), last.id());
  }

  @Test
  void textMatchesAnyPartOfTheTitleIgnoringCase() {
    Event rafting = given(event().title("Spring RAFTING on the Volga").startsInDays(1));
    Event russian = given(event().title("Сплав по реке Белой").startsInDays(2));
    given(event().title("Kayak school").description("rafting is not in the title"));

    assertThat(ids(search(filters().text("rafting")))).containsExactly(rafting.id());
    assertThat(ids(search(filters().text("сПЛАВ")))).containsExactly(russian.id());
  }

  @Test
  void wildcardsInTheTextMatchThemselves() {
    Event percent = given(event().title("Discount 50% off").startsInDays(1));
    Event underscore = given(event().title("Trip_one").startsInDays(2));
    given(event().title("Discount 500 off"));
    given(event().title("Tripsone"));

    assertThat(ids(search(filters().text("50%")))).containsExactly(percent.id());
    assertThat(ids(search(filters().text("p_o")))).containsExactly(underscore.id());
  }

  @Test
  void aTagMatchesOneOfTheEventsTags() {
    Event tagged = given(event().tags("family", "water"));
    given(event().tags("families"));
    given(event().tags());

    assertThat(ids(search(filters().tag("family")))).containsExactly(tagged.id());
  }

  @Test
  void filtersCombine() {
    Event match = given(event().type("KAYAK").price("900.00").tags("sport").title("Kayak race"));
    given(event().type("KAYAK").price("900.00").tags("sport").title("Kayak school"));
    given(event().type("KAYAK").price("1900.00").tags("sport").title("Kayak race"));
    given(event().type("RAFTING").price("900.00").tags("sport").title("Kayak race"));

    assertThat(ids(search(filters().type("KAYAK").maxPrice("1000.00").tag("sport").text("race"))))
        .containsExactly(match.id());
  }

  @Test
  void theCatalogIsSortedByStartThenId() {
    Instant sameStart = NOW.plus(Duration.ofDays(3));
    // Ids whose order differs between signed and unsigned comparison.
    Event tieHigh = given(event().startsAt(sameStart).id("f0000000-0000-4000-8000-000000000000"));
    Event tieLow = given(event().startsAt(sameStart).id("10000000-0000-4000-8000-000000000000"));
    Event later = given(event().startsInDays(9));
    Event earliest = given(event().startsInDays(1));

    assertThat(ids(search(EventSearch.published())))
        .containsExactly(earliest.id(), tieLow.id(), tieHigh.id(), later.id());
  }

  @Test
  void pagesCarryTheTotalOfAllMatches() {
    for (int day = 1; day <= 5; day++) {
      given(event().startsInDays(day));
    }

    Page<EventView> second =
        ports.eventQueries().search(EventSearch.published(), new PageRequest(1, 2));
    Page<EventView> last =
        ports.eventQueries().search(EventSearch.published(), new PageRequest(2, 2));
    Page<EventView> beyond =
        ports.eventQueries().search(EventSearch.published(), new PageRequest(3, 2));

    assertThat(second.items()).hasSize(2);
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.items().get(0).event().details().schedule().start())
        .isEqualTo(NOW.plus(Duration.ofDays(3)));
    assertThat(last.items()).hasSize(1);
    assertThat(last.total()).isEqualTo(5);
    assertThat(last.hasNext()).isFalse();
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void aKeysetPageContinuesStrictlyAfterItsPositionInCatalogOrder() {
    Instant sameStart = NOW.plus(Duration.ofDays(3));
    Event tieHigh = given(event().startsAt(sameStart).id("f3000000-0000-4000-8000-000000000000"));
    Event tieLow = given(event().startsAt(sameStart).id("13000000-0000-4000-8000-000000000000"));
    Event later = given(event().startsInDays(9));
    Event earliest = given(event().startsInDays(1));
    given(event().status(EventStatus.DRAFT).startsInDays(2));

    var first = ports.eventQueries().searchAfter(EventSearch.published(), Optional.empty(), 2);
    var second =
        ports
            .eventQueries()
            .searchAfter(EventSearch.published(), Optional.of(EventKeyset.of(first.get(1))), 2);
    var afterLast =
        ports
            .eventQueries()
            .searchAfter(EventSearch.published(), Optional.of(EventKeyset.of(second.get(1))), 2);

    assertThat(first).extracting(v -> v.event().id()).containsExactly(earliest.id(), tieLow.id());
    assertThat(second).extracting(v -> v.event().id()).containsExactly(tieHigh.id(), later.id());
    assertThat(afterLast).isEmpty();
    assertThat(first.get(0).organizer()).isEqualTo(OrganizerSummary.of(organizer));
  }

  @Test
  void aKeysetPageKeepsTheFilters() {
    Event kayak1 = given(event().type("KAYAK").startsInDays(1));
    given(event().type("RAFTING").startsInDays(2));
    Event kayak2 = given(event().type("KAYAK").startsInDays(3));

    var page =
        ports
            .eventQueries()
            .searchAfter(
                filters().type("KAYAK").build(),
                Optional.of(new EventKeyset(kayak1.details().schedule().start(), kayak1.id())),
                10);

    assertThat(page).extracting(v -> v.event().id()).containsExactly(kayak2.id());
  }

  @Test
  void theOrganizerFilterNarrowsTheCatalogToOneOrganizer() {
    Event own = given(event());
    given(anEvent().organizedBy(givenOrganizer()));

    assertThat(ids(search(EventSearch.published().forOrganizer(organizer.id()))))
        .containsExactly(own.id());
  }

  @Test
  void anOrganizersListShowsTheLatestStartFirstInEveryStatus() {
    Instant sameStart = NOW.plus(Duration.ofDays(4));
    Event draft = given(event().status(EventStatus.DRAFT).startsInDays(8));
    Event cancelled = given(event().status(EventStatus.CANCELLED).startsInDays(2));
    Event tieHigh = given(event().startsAt(sameStart).id("f1000000-0000-4000-8000-000000000000"));
    Event tieLow = given(event().startsAt(sameStart).id("11000000-0000-4000-8000-000000000000"));
    given(anEvent().organizedBy(givenOrganizer()).startsInDays(5));

    Page<EventView> all =
        ports.eventQueries().listByOrganizer(organizer.id(), Optional.empty(), FIRST);
    Page<EventView> drafts =
        ports.eventQueries().listByOrganizer(organizer.id(), Optional.of(EventStatus.DRAFT), FIRST);

    assertThat(ids(all)).containsExactly(draft.id(), tieLow.id(), tieHigh.id(), cancelled.id());
    assertThat(all.total()).isEqualTo(4);
    assertThat(ids(drafts)).containsExactly(draft.id());
    assertThat(drafts.total()).isEqualTo(1);
  }

  private TestEvents.EventBuilder event() {
    return anEvent().organizedBy(organizer);
  }

  private Page<EventView> search(EventSearch search) {
    return ports.eventQueries().search(search, FIRST);
  }

  private Page<EventView> search(Filters filters) {
    return search(filters.build());
  }

  private static java.util.List<EventId> ids(Page<EventView> page) {
    return page.items().stream().map(view -> view.event().id()).toList();
  }

  private static EventSearch with(EventStatus status) {
    return new Filters(status).build();
  }

  private static Filters filters() {
    return new Filters(EventStatus.PUBLISHED);
  }

  /** Builds an {@link EventSearch} one filter at a time. */
  private static final class Filters {
    private final EventStatus status;
    private Optional<String> type = Optional.empty();
    private Optional<BigDecimal> minPrice = Optional.empty();
    private Optional<BigDecimal> maxPrice = Optional.empty();
    private Optional<Instant> dateFrom = Optional.empty();
    private Optional<Instant> dateTo = Optional.empty();
    private Optional<String> text = Optional.empty();
    private Optional<String> tag = Optional.empty();

    Filters(EventStatus status) {
      this.status = status;
    }

    Filters type(String value) {
      type = Optional.of(value);
      return this;
    }

    Filters minPrice(String value) {
      minPrice = Optional.of(new BigDecimal(value));
      return this;
    }

    Filters maxPrice(String value) {
      maxPrice = Optional.of(new BigDecimal(value));
      return this;
    }

    Filters dateFrom(Instant value) {
      dateFrom = Optional.of(value);
      return this;
    }

    Filters dateTo(Instant value) {
      dateTo = Optional.of(value);
      return this;
    }

    Filters text(String value) {
      text = Optional.of(value);
      return this;
    }

    Filters tag(String value) {
      tag = Optional.of(value);
      return this;
    }

    EventSearch build() {
      return new EventSearch(status, type, minPrice, maxPrice, dateFrom, dateTo, text, tag);
    }
  }
}
