package org.aquastream.event.adapter.postgres;

import java.time.Duration;
import org.aquastream.event.application.UseCases;
import org.aquastream.event.application.fake.FakePaymentService;
import org.aquastream.event.application.fake.MutableClock;
import org.aquastream.event.application.fake.RecordingBusinessMetrics;
import org.aquastream.event.application.fake.RecordingNotifier;
import org.aquastream.event.application.fake.StubUserDirectory;
import org.aquastream.event.application.port.in.booking.ExpirePendingBookingsUseCase;
import org.aquastream.event.application.port.in.event.CancelEventUseCase;
import org.aquastream.event.application.port.in.event.CompleteFinishedEventsUseCase;
import org.aquastream.event.application.port.in.waitlist.ExpireWaitlistNotificationsUseCase;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.booking.BookingPolicy;
import org.aquastream.event.application.service.booking.PaymentPolicy;
import org.aquastream.event.application.service.operations.OutboxPolicy;
import org.aquastream.event.application.service.waitlist.WaitlistPolicy;
import org.aquastream.event.application.testdata.TestStores;

/**
 * The application's use cases wired over one {@link PostgresPersistence} by {@link UseCases}, as
 * one service instance wires them; two of these on the same database are two instances. The jobs
 * and event cancellation (which the jobs must not deadlock with) are the ones the tests here drive.
 */
final class PostgresServices {
  static final BookingPolicy BOOKING =
      new BookingPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5));
  static final WaitlistPolicy WAITLIST = new WaitlistPolicy(Duration.ofMinutes(30), true);
  static final OutboxPolicy OUTBOX =
      new OutboxPolicy(
          100, 5, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1));

  /** Waiting booking requests for one event that may share a transaction. */
  static final int BOOKING_BATCH_SIZE = 32;

  final PostgresPersistence db;
  final RecordingBusinessMetrics metrics = new RecordingBusinessMetrics();
  final ExpirePendingBookingsUseCase expirePendingBookings;
  final ExpireWaitlistNotificationsUseCase expireWaitlistNotifications;
  final CompleteFinishedEventsUseCase completeFinishedEvents;
  final CancelEventUseCase cancelEvent;

  PostgresServices(
      PostgresPersistence db, UnitOfWork unitOfWork, MutableClock clock, int batchSize) {
    this.db = db;
    UseCases useCases =
        useCases(
            TestStores.from(db.stores()).unitOfWork(unitOfWork).build(), clock, metrics, batchSize);
    expirePendingBookings = useCases.expirePendingBookings();
    expireWaitlistNotifications = useCases.expireWaitlistNotifications();
    completeFinishedEvents = useCases.completeFinishedEvents();
    cancelEvent = useCases.cancelEvent();
  }

  PostgresServices(PostgresPersistence db, MutableClock clock, int batchSize) {
    this(db, db.unitOfWork(), clock, batchSize);
  }

  /** The use cases over {@code stores}, with every peer a local fake and these tests' policies. */
  static UseCases useCases(
      UseCases.Stores stores, MutableClock clock, RecordingBusinessMetrics metrics, int batchSize) {
    return new UseCases(
        stores,
        new UseCases.Peers(
            new FakePaymentService(),
            new RecordingNotifier(),
            new StubUserDirectory(),
            metrics,
            clock),
        new UseCases.Settings(
            BOOKING,
            WAITLIST,
            OUTBOX,
            new PaymentPolicy(false),
            false,
            "RUB",
            batchSize,
            Duration.ofDays(90),
            BOOKING_BATCH_SIZE));
  }
}
