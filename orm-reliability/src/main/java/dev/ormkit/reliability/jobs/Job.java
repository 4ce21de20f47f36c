package dev.ormkit.reliability.jobs;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/** A unit of work waiting in the queue ({@code new}) or done by a worker ({@code done}). */
@Table("rel_jobs")
public class Job {
    @Column(primaryKey = true) Long id;
    @Column(length = 40, nullable = false) String payload;
    @Column(length = 10, nullable = false) String status;
    @Column(length = 40) String worker;

    protected Job() {
    }

    /** A new job carrying {@code payload}. */
    public Job(String payload) {
        this.payload = payload;
        this.status = "new";
    }

    /** The generated id. */
    public Long getId() {
        return id;
    }

    /** What the job is about. */
    public String getPayload() {
        return payload;
    }

    /** {@code new} or {@code done}. */
    public String getStatus() {
        return status;
    }

    void doneBy(String worker) {
        this.status = "done";
        this.worker = worker;
    }
}
