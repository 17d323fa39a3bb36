package org.aquastream.event.application.port.in.operations;

import java.util.List;

/** Operators see the recurring jobs, their schedules and their last and next runs. */
public interface ListScheduledJobsUseCase {
  List<ScheduledJobView> list();
}
