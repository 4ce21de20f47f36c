package dev.ormkit.reliability.differential;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.testing.ScratchDatabases;

/**
 * The long differential run from the command line:
 * {@code java -cp <orm-core test classpath> dev.ormkit.reliability.differential.DifferentialMain [cases] [seed]}
 * (defaults 20000 cases from the build's seed). Prints every failing case (seed, expected
 * rows, each database's SQL and rows or error) and exits with 1 when there was one.
 */
public final class DifferentialMain {
    private DifferentialMain() {
    }

    /** Runs the cases; see the class comment for the arguments. */
    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DifferentialTest.DEFAULT_SEED;
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (ScratchDatabases dbs = ScratchDatabases.open("differential");
             DifferentialRunner runner = new DifferentialRunner(dbs.databases())) {
            dbs.skipped().forEach((kind, why) -> System.out.println(kind.label() + " skipped: " + why));
            for (int i = 0; i < cases; i++) {
                String failure = runner.check(seed + i);
                if (failure != null) {
                    failures.add(failure);
                    System.out.println(failure);
                    System.out.println();
                }
            }
            System.out.printf("%d cases from seed %d on %s in %d ms, %d failing%n", cases, seed, runner.databases(),
                    (System.nanoTime() - started) / 1_000_000, failures.size());
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}
