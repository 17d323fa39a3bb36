package org.aquastream.event.application.service.operations;

import java.util.List;
import org.aquastream.event.application.port.in.operations.ListScheduledJobsUseCase;
import org.aquastream.event.application.port.in.operations.ScheduledJobView;
import org.aquastream.event.application.port.out.operations.ScheduledJobs;

/** The recurring jobs with their schedules and last and next runs, for operators. */
public final class ListScheduledJobsService implements ListScheduledJobsUseCase {
  private final ScheduledJobs jobs;

  public ListScheduledJobsService(ScheduledJobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public List<ScheduledJobView> list() {
    return jobs.list();
  }
}
