package org.aquastream.event.application.fake;

import java.util.List;
import org.aquastream.event.application.port.out.waitlist.WaitlistAuditLog;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;

/** The waitlist audit trail in memory, readable by tests. */
public final class InMemoryWaitlistAuditLog implements WaitlistAuditLog {
  private final InMemoryDatabase db;

  public InMemoryWaitlistAuditLog(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void append(WaitlistAuditEntry entry) {
    db.locked(() -> db.waitlistAudit.add(entry));
  }

  @Override
  public void appendAll(List<WaitlistAuditEntry> entries) {
    db.locked(() -> db.waitlistAudit.addAll(entries));
  }

  public List<WaitlistAuditEntry> all() {
    return db.locked(() -> List.copyOf(db.waitlistAudit));
  }
}
