package dev.ormkit.reliability.jobs;

import java.util.Optional;
import dev.ormkit.orm.Session;
import dev.ormkit.sql.ForUpdate;
import org.springframework.stereotype.Repository;

/**
 * The queue's table on the current session; a {@code @Repository}, so a failing lock reaches
 * the caller as Spring's exception.
 */
@Repository
public class JobStore {
    private final Session session;

    /** The store on the injected (current) session. */
    public JobStore(Session session) {
        this.session = session;
    }

    /**
     * The oldest job still new that no other transaction holds, locked until this transaction
     * ends ({@code FOR UPDATE SKIP LOCKED}); workers never wait on each other's jobs.
     */
    public Optional<Job> takeNextFree() {
        return Optional.ofNullable(session.query(Job.class)
                .filterBy("status", "new")
                .orderBy(Job_.id.asc())
                .limit(1)
                .withForUpdate(ForUpdate.update().skipLocked())
                .first());
    }
}
