package dev.ormkit.reliability.jobs;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/** Who did a job: one row per job (the job id is unique), so a job done twice fails loudly. */
@Table("rel_job_claims")
public class JobClaim {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false, unique = true) long jobId;
    @Column(length = 40, nullable = false) String worker;

    protected JobClaim() {
    }

    JobClaim(long jobId, String worker) {
        this.jobId = jobId;
        this.worker = worker;
    }
}
