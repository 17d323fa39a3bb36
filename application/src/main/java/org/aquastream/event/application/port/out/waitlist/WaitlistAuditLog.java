package org.aquastream.event.application.port.out.waitlist;

import java.util.List;
import org.aquastream.event.domain.waitlist.WaitlistAuditEntry;

/** The audit trail of the waitlist; written in the same transaction as the change it records. */
public interface WaitlistAuditLog {

  void append(WaitlistAuditEntry entry);

  void appendAll(List<WaitlistAuditEntry> entries);
}
