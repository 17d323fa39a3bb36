package org.aquastream.event.adapter.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aquastream.event.application.port.in.booking.ExpirePendingBookingsUseCase;
import org.aquastream.event.application.port.in.event.CompleteFinishedEventsUseCase;
import org.aquastream.event.application.port.in.event.EventSummary;
import org.aquastream.event.application.port.in.operations.ListScheduledJobsUseCase;
import org.aquastream.event.application.port.in.operations.ScheduledJobView;
import org.aquastream.event.application.port.in.waitlist.GetWaitlistStatusUseCase;
import org.aquastream.event.application.port.in.waitlist.JoinWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.LeaveWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.ListMyWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.ProcessWaitlistUseCase;
import org.aquastream.event.application.port.in.waitlist.WaitlistEntryView;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Actor;
import org.aquastream.event.domain.shared.Page;
import org.aquastream.event.domain.shared.PageRequest;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.testdata.TestWaitlist;
import org.aquastream.event.domain.waitlist.WaitlistEntry;
import org.aquastream.event.domain.waitlist.WaitlistEntryId;
import org.aquastream.event.domain.waitlist.WaitlistPosition;
import org.aquastream.event.domain.waitlist.WaitlistStatus;

/** The waitlist, job and scheduled-task ports at once: records calls, answers fixed data. */
public final class RecordingWaitlistUseCases
    implements JoinWaitlistUseCase,
        LeaveWaitlistUseCase,
        GetWaitlistStatusUseCase,
        ListMyWaitlistUseCase,
        ProcessWaitlistUseCase,
        ExpirePendingBookingsUseCase,
        CompleteFinishedEventsUseCase,
        ListScheduledJobsUseCase {
  public static final WaitlistEntryId ENTRY_ID =
      new WaitlistEntryId(java.util.UUID.fromString("a1a1a1a1-0000-4000-8000-00000000000a"));
  public static final Instant NOTIFIED_AT = Instant.parse("2026-01-15T11:00:00Z");

  private final List<Call> calls = new ArrayList<>();
  private RuntimeException failure;

  public void failWith(RuntimeException e) {
    failure = e;
  }

  public synchronized Call lastCall() {
    return calls.getLast();
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  private synchronized <T> T answer(String useCase, T result, Object... args) {
    calls.add(new Call(useCase, Arrays.asList(args)));
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  /** A NOTIFIED entry second of three in the queue of the test event. */
  public static WaitlistEntryView notifiedView() {
    WaitlistEntry entry =
        TestWaitlist.anEntryOf(new EventId(StubAnswers.EVENT_ID), new UserId(StubAnswers.USER_ID))
            .id(ENTRY_ID)
            .priority(42)
            .joinedAt(StubAnswers.CREATED_AT)
            .notified(NOTIFIED_AT, Duration.ofMinutes(30))
            .build();
    return new WaitlistEntryView(
        entry,
        EventSummary.of(StubAnswers.eventView().event()),
        Optional.of(new WaitlistPosition(2, 3)),
        3);
  }

  @Override
  public WaitlistEntryView join(Actor actor, EventId eventId, int seats) {
    return answer("joinWaitlist", notifiedView(), actor, eventId, seats);
  }

  @Override
  public void leave(Actor actor, EventId eventId) {
    answer("leaveWaitlist", null, actor, eventId);
  }

  @Override
  public WaitlistEntryView status(Actor actor, EventId eventId) {
    return answer("waitlistStatus", notifiedView(), actor, eventId);
  }

  @Override
  public Page<WaitlistEntryView> list(
      Actor actor, Optional<WaitlistStatus> status, PageRequest page) {
    return answer("listMyWaitlist", Page.of(List.of(notifiedView()), 1, page), actor, status, page);
  }

  @Override
  public int process(Actor actor, EventId eventId) {
    return answer("processWaitlist", 2, actor, eventId);
  }

  @Override
  public int expirePendingBookings() {
    return answer("expirePendingBookings", 15);
  }

  @Override
  public int completeFinishedEvents() {
    return answer("completeFinishedEvents", 3);
  }

  @Override
  public List<ScheduledJobView> list() {
    Instant last = Instant.parse("2026-01-15T10:30:00Z");
    return answer(
        "listScheduledJobs",
        List.of(
            new ScheduledJobView(
                "complete-finished-events",
                "org.example.Completion.completeFinishedEvents",
                new ScheduledJobView.Schedule.Cron("0 0 * * * *"),
                Optional.empty(),
                Optional.of(Instant.parse("2026-01-15T11:00:00Z")),
                Optional.empty(),
                0,
                false),
            new ScheduledJobView(
                "expire-pending-bookings",
                "org.example.Expiry.expirePendingBookings",
                new ScheduledJobView.Schedule.FixedDelay(Duration.ofMinutes(1), Duration.ZERO),
                Optional.of(last),
                Optional.of(last.plus(Duration.ofMinutes(1))),
                Optional.of(ScheduledJobView.Outcome.SUCCESS),
                0,
                false)));
  }
}
