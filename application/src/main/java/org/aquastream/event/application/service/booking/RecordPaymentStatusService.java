package org.aquastream.event.application.service.booking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import org.aquastream.event.application.error.NotFoundException;
import org.aquastream.event.application.port.in.booking.BookingView;
import org.aquastream.event.application.port.in.booking.RecordPaymentStatusUseCase;
import org.aquastream.event.application.port.out.booking.BookingLog;
import org.aquastream.event.application.port.out.booking.BookingQueries;
import org.aquastream.event.application.port.out.booking.BookingRepository;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.application.port.out.shared.BusinessEvent;
import org.aquastream.event.application.port.out.shared.BusinessMetrics;
import org.aquastream.event.application.port.out.shared.Clock;
import org.aquastream.event.application.port.out.shared.UnitOfWork;
import org.aquastream.event.application.service.waitlist.SeatRelease;
import org.aquastream.event.domain.booking.Booking;
import org.aquastream.event.domain.booking.BookingLogEntry;
import org.aquastream.event.domain.booking.BookingStatus;
import org.aquastream.event.domain.booking.PaymentReport;
import org.aquastream.event.domain.booking.PaymentReport.Verdict;
import org.aquastream.event.domain.booking.PaymentStatus;
import org.aquastream.event.domain.event.Event;

/**
 * Takes a payment callback: locks the booking's event, then the booking, lets the booking judge the
 * report, and stores a change with its audit row, its notification or refund, and the seats it may
 * free — all in one transaction, so a replay racing the original changes the booking once.
 */
public final class RecordPaymentStatusService implements RecordPaymentStatusUseCase {
  private static final System.Logger LOG =
      System.getLogger(RecordPaymentStatusService.class.getName());

  private final UnitOfWork unitOfWork;
  private final EventRepository events;
  private final BookingRepository bookings;
  private final BookingLog bookingLog;
  private final BookingQueries queries;
  private final BookingViews views;
  private final BookingFollowUps followUps;
  private final SeatRelease seatRelease;
  private final BookingPolicy bookingPolicy;
  private final PaymentPolicy paymentPolicy;
  private final BusinessMetrics metrics;
  private final Clock clock;

  public RecordPaymentStatusService(
      UnitOfWork unitOfWork,
      EventRepository events,
      BookingRepository bookings,
      BookingLog bookingLog,
      BookingQueries queries,
      BookingViews views,
      BookingFollowUps followUps,
      SeatRelease seatRelease,
      BookingPolicy bookingPolicy,
      PaymentPolicy paymentPolicy,
      BusinessMetrics metrics,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.bookings = bookings;
    this.bookingLog = bookingLog;
    this.queries = queries;
    this.views = views;
    this.followUps = followUps;
    this.seatRelease = seatRelease;
    this.bookingPolicy = bookingPolicy;
    this.paymentPolicy = paymentPolicy;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public Outcome record(Command command) {
    Booking seen =
        bookings
            .findByPaymentId(command.paymentId())
            .orElseThrow(() -> new NotFoundException("booking", "payment " + command.paymentId()));
    PaymentReport report = unitOfWork.inTransaction(() -> apply(seen, command));
    Booking after = report.booking();
    if (report.changed()) {
      BusinessEvent.ofBookingStatus(after.status())
          .filter(event -> after.status() != seen.status())
          .ifPresent(metrics::record);
    }
    LOG.log(
        Level.INFO,
        "Payment reported: paymentId={0}, bookingId={1}, paymentStatus={2}, outcome={3}",
        command.paymentId(),
        after.id(),
        command.status(),
        report.changed() ? report.verdict() : Verdict.UNCHANGED + "/" + report.verdict());
    BookingView view =
        queries
            .find(after.id())
            .map(views::of)
            .orElseThrow(() -> new NotFoundException("booking", after.id()));
    return report.verdict() == Verdict.TOO_LATE
        ? new TooLate(view)
        : new Recorded(view, report.changed());
  }

  /** Runs inside the transaction, the event locked before the booking. */
  private PaymentReport apply(Booking seen, Command command) {
    Event event = events.lockById(seen.eventId()).orElseThrow();
    Booking current = bookings.lockById(seen.id()).orElseThrow();
    Instant now = clock.now();
    PaymentReport report =
        current.reportPayment(command.status(), now, bookingPolicy.gracePeriod());
    if (!report.changed()) {
      return report;
    }
    Booking after = report.booking();
    if (paymentPolicy.cancelOnFailure() && failedWhilePending(report)) {
      after = after.cancel("PAYMENT_" + after.paymentStatus().name(), now);
      report = new PaymentReport(after, report.verdict(), true);
    }
    bookings.update(after);
    bookingLog.append(BookingLogEntry.paymentReported(current, after, command.reporter()));
    followUps.changed(current, after, event);
    if (current.status().holdsSeat() && !after.status().holdsSeat()) {
      seatRelease.release(after.eventId(), after.seats());
    }
    return report;
  }

  private static boolean failedWhilePending(PaymentReport report) {
    Booking after = report.booking();
    return after.status() == BookingStatus.PENDING
        && (after.paymentStatus() == PaymentStatus.REJECTED
            || after.paymentStatus() == PaymentStatus.CANCELED);
  }
}
