package org.aquastream.event.domain.event;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.testdata.TestEvents.END;
import static org.aquastream.event.domain.testdata.TestEvents.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  @Test
  void anEventMayEndTheMomentItStarts() {
    Schedule instant = new Schedule(START, START);

    assertThat(instant.start()).isEqualTo(instant.end());
  }

  @Test
  void anEventNeverEndsBeforeItStarts() {
    assertInvalidField(() -> new Schedule(START, START.minusMillis(1))).isEqualTo("dateEnd");
  }

  @Test
  void bothDatesAreRequired() {
    assertInvalidField(() -> new Schedule(null, END)).isEqualTo("dateStart");
    assertInvalidField(() -> new Schedule(START, null)).isEqualTo("dateEnd");
  }

  @Test
  void anEventLiesWithinTheYears2000To2999() {
    Instant last = EventDates.END.minusNanos(1);

    assertThat(new Schedule(EventDates.EARLIEST, last).end()).isEqualTo(last);
    assertInvalidField(() -> new Schedule(EventDates.EARLIEST.minusNanos(1), END))
        .isEqualTo("dateStart");
    assertInvalidField(() -> new Schedule(START, EventDates.END)).isEqualTo("dateEnd");
    assertInvalidField(() -> new Schedule(Instant.MIN, END)).isEqualTo("dateStart");
    assertInvalidField(() -> new Schedule(START, Instant.MAX)).isEqualTo("dateEnd");
  }

  @Test
  void anEventHasStartedFromItsFirstInstant() {
    Schedule schedule = new Schedule(START, END);

    assertThat(schedule.hasStarted(START.minusMillis(1))).isFalse();
    assertThat(schedule.hasStarted(START)).isTrue();
    assertThat(schedule.hasStarted(END)).isTrue();
  }

  @Test
  void anEventHasEndedOnlyAfterItsLastInstant() {
    Schedule schedule = new Schedule(START, END);

    assertThat(schedule.hasEnded(END)).isFalse();
    assertThat(schedule.hasEnded(END.plusMillis(1))).isTrue();
  }
}
