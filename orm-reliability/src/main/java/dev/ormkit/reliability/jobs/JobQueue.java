package dev.ormkit.reliability.jobs;

import java.util.Optional;
import java.util.function.Consumer;
import dev.ormkit.orm.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work queue in a table: each worker takes the oldest job nobody holds
 * ({@link JobStore#takeNextFree}), so workers never wait on each other and never get the same job.
 */
@Service
public class JobQueue {
    private final Session session;
    private final JobStore store;

    /** The queue on the current session and the job table. */
    public JobQueue(Session session, JobStore store) {
        this.session = session;
        this.store = store;
    }

    /** Puts a job with {@code payload} in the queue. */
    @Transactional
    public long submit(String payload) {
        Job job = new Job(payload);
        session.add(job);
        session.flush();
        return job.getId();
    }

    /**
     * Takes the next free job, runs {@code work} on it while holding its row, and marks it done
     * by {@code worker}, all in one transaction: a failing {@code work} puts the job back.
     *
     * @return the job's id, or empty when no free job is left
     */
    @Transactional
    public Optional<Long> runNext(String worker, Consumer<Job> work) {
        Job job = store.takeNextFree().orElse(null);
        if (job == null) {
            return Optional.empty();
        }
        work.accept(job);
        job.doneBy(worker);
        session.add(new JobClaim(job.getId(), worker));
        return Optional.of(job.getId());
    }
}
