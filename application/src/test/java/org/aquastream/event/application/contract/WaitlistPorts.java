package org.aquastream.event.application.contract;

import org.aquastream.event.application.fake.InMemoryDatabase;
import org.aquastream.event.application.fake.InMemoryOutbox;
import org.aquastream.event.application.fake.InMemoryWaitlistAuditLog;
import org.aquastream.event.application.fake.InMemoryWaitlistQueries;
import org.aquastream.event.application.fake.InMemoryWaitlistRepository;
import org.aquastream.event.application.port.out.outbox.NotificationOutbox;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.application.port.out.waitlist.WaitlistQueries;
import org.aquastream.event.application.port.out.waitlist.WaitlistRepository;

/** The waitlist's persistence ports under contract, over the same store as the core ports. */
public record WaitlistPorts(
    WaitlistRepository waitlist,
    WaitlistQueries queries,
    WaitlistAuditLog audit,
    NotificationOutbox outbox) {

  public static WaitlistPorts inMemory(InMemoryDatabase db) {
    return new WaitlistPorts(
        new InMemoryWaitlistRepository(db),
        new InMemoryWaitlistQueries(db),
        new InMemoryWaitlistAuditLog(db),
        new InMemoryOutbox(db));
  }
}
