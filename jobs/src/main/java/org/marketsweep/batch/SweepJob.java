package org.marketsweep.batch;

import java.util.concurrent.atomic.AtomicReference;
import org.marketsweep.jobs.SweepSnapshotsJob;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The Spring Batch job {@code sweep}: one job instance per sweep id (the hash of the list, the
 * period and the parameters), in a job repository of its own so that a sweep never waits for,
 * or touches, the nightly job. Running a sweep that has completed runs it again as a new
 * instance (the outputs are replaced by identical ones); a failed sweep restarts.
 */
public final class SweepJob {
  public static final String NAME = "sweep";

  private SweepJob() {}

  public static SweepSnapshotsJob.Summary run(BatchRepository batch, SweepSnapshotsJob sweep,
      SweepSnapshotsJob.Request request) throws Exception {
    JobParametersBuilder params = new JobParametersBuilder()
        .addString("sweep_id", request.sweepId())
        .addString("list_sha256", request.list().sha256(), false)
        .addString("from", request.from().toString(), false)
        .addString("to", request.to().toString(), false)
        .addString("warehouse", request.warehouse(), false);
    JobParameters identifying = params.toJobParameters();
    JobExecution last = batch.repository().getLastJobExecution(NAME, identifying);
    if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
      params.addLong("rerun", System.currentTimeMillis());
    }
    AtomicReference<SweepSnapshotsJob.Summary> result = new AtomicReference<>();
    Step step = new StepBuilder(NAME, batch.repository()).tasklet((contribution, context) -> {
      result.set(sweep.execute());
      return RepeatStatus.FINISHED;
    }, batch.transactions()).build();
    Job job = new JobBuilder(NAME, batch.repository()).start(step).build();
    JobExecution execution = batch.launcher().run(job, params.toJobParameters());
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      Throwable first = execution.getAllFailureExceptions().isEmpty() ? null
          : execution.getAllFailureExceptions().get(0);
      if (first instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("Sweep " + request.sweepId() + " "
          + execution.getStatus(), first);
    }
    return result.get();
  }
}
