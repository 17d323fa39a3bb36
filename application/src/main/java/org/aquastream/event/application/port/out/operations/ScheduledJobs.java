package org.aquastream.event.application.port.out.operations;

import java.util.List;
import org.aquastream.event.application.port.in.operations.ScheduledJobView;

/** Knows the recurring jobs, their schedules and how their last runs went. */
public interface ScheduledJobs {

  /** Every recurring job, in a fixed order. */
  List<ScheduledJobView> list();
}
