package dev.ormkit.reliability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small bank and a job queue on the ormkit starter, written as an application would be, for
 * the reliability tests to load and break. Its invariants: money is neither made nor lost
 * (the balances' sum only changes by deposits), a transfer request is applied at most once
 * (its request id is unique), a balance never goes below zero, and a job is claimed once.
 */
@SpringBootApplication
public class ReliabilityApplication {
    /** Starts the application (a PostgreSQL or MariaDB data source from {@code spring.datasource.*}). */
    public static void main(String[] args) {
        SpringApplication.run(ReliabilityApplication.class, args);
    }
}
