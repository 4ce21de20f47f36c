package dev.ormkit.reliability.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.testing.ScratchDatabases;
import org.junit.jupiter.api.Test;

/**
 * Differential testing: seeded random queries run on H2, SQLite, PostgreSQL and MariaDB (the
 * servers when reachable), every result compared with the in-memory evaluation of the same
 * expression tree. The build runs {@value #DEFAULT_CASES} cases; a long run takes
 * {@code -Dormkit.differential.cases=20000}, another starting point
 * {@code -Dormkit.differential.seed=N} (a failure names the seed of its case).
 */
class DifferentialTest {
    static final int DEFAULT_CASES = 400;
    static final long DEFAULT_SEED = 20_260_101L;

    @Test
    void everyDatabaseAgreesWithTheInMemoryEvaluation() {
        int cases = Integer.getInteger("ormkit.differential.cases", DEFAULT_CASES);
        long seed = Long.getLong("ormkit.differential.seed", DEFAULT_SEED);
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (ScratchDatabases dbs = ScratchDatabases.open("differential");
             DifferentialRunner runner = new DifferentialRunner(dbs.databases())) {
            dbs.skipped().forEach((kind, why) -> System.out.println("differential: " + kind.label() + " skipped: " + why));
            for (int i = 0; i < cases; i++) {
                String failure = runner.check(seed + i);
                if (failure != null) {
                    failures.add(failure);
                    if (failures.size() >= 10) {
                        break;
                    }
                }
            }
            System.out.printf("differential: %d cases from seed %d on %s in %d ms, %d failing%n", cases, seed,
                    runner.databases(), (System.nanoTime() - started) / 1_000_000, failures.size());
        }
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    }
}
