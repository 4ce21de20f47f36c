package dev.ormkit.bench.paired;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts what each implementation of a case sends to PostgreSQL per operation, from the
 * driver's own protocol log ({@code org.postgresql} at {@code FINEST}): a {@code Sync} ends
 * every request the driver waits on, so Syncs per operation are round trips per operation;
 * the statements it parses show which ones they are ({@code BEGIN}, {@code ROLLBACK},
 * {@code SET SESSION CHARACTERISTICS ...}). Run after the implementations are warm:
 *
 * <pre>
 * java -cp orm-bench/target/benchmarks.jar dev.ormkit.bench.paired.RoundTrips [CASE_ID ...]
 * </pre>
 *
 * where a case id is as the runner prints it, e.g. {@code WebRequest.get/postgresql}.
 */
public final class RoundTrips {
    private static final int WARM_UP = 300;
    private static final int COUNTED = 20;
    private static final Pattern PARSE = Pattern.compile("FE=> Parse\\(stmt=[^,]*,query=\"(.*?)\",oids");
    private static final Pattern SIMPLE = Pattern.compile("FE=> SimpleQuery\\(query=\"(.*?)\"\\)");

    private RoundTrips() {
    }

    public static void main(String[] args) {
        List<String> ids = args.length > 0 ? List.of(args)
                : List.of("GetPost/postgresql", "WebRequest.get/postgresql", "WebRequest.list/postgresql");
        for (String id : ids) {
            Case c = Suite.cases(List.of("h2", "postgresql"), true).stream().filter(k -> k.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No case " + id));
            count(c);
        }
    }

    /** Prints round trips per operation of each contender of {@code c}. */
    static void count(Case c) {
        System.out.println(c.id());
        try (States states = new States(c.database())) {
            Object bench = states.get(c.workload());
            for (Method m : c.contenders()) {
                Object[] args = states.arguments(m);
                for (int i = 0; i < WARM_UP; i++) {
                    ForkRun.sink = States.invoke(m, bench, args);
                }
                Counter counter = new Counter();
                Logger driver = Logger.getLogger("org.postgresql");
                Level before = driver.getLevel();
                driver.setLevel(Level.FINEST);
                driver.addHandler(counter);
                try {
                    for (int i = 0; i < COUNTED; i++) {
                        ForkRun.sink = States.invoke(m, bench, args);
                    }
                } finally {
                    driver.removeHandler(counter);
                    driver.setLevel(before);
                }
                System.out.printf(Locale.ROOT, "  %-24s %5.2f round trips/op; statements parsed/op: %s%n", m.getName(),
                        (double) counter.syncs / COUNTED, counter.perOp(COUNTED));
            }
        }
    }

    /** Counts Syncs and the text of parsed statements in the driver's log. */
    private static final class Counter extends Handler {
        int syncs;
        final Map<String, Integer> statements = new TreeMap<>();

        Counter() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            if (record.getParameters() != null && record.getParameters().length > 0) {
                message = java.text.MessageFormat.format(message, record.getParameters());
            }
            if (message.contains("FE=> Sync")) {
                syncs++;
            }
            for (Pattern p : List.of(PARSE, SIMPLE)) {
                Matcher m = p.matcher(message);
                if (m.find()) {
                    String sql = m.group(1);
                    statements.merge(sql.length() > 60 ? sql.substring(0, 57) + "..." : sql, 1, Integer::sum);
                }
            }
        }

        String perOp(int ops) {
            StringBuilder s = new StringBuilder();
            statements.forEach((sql, n) -> s.append(s.length() == 0 ? "" : "; ")
                    .append(String.format(Locale.ROOT, "%.2f× %s", (double) n / ops, sql)));
            return s.length() == 0 ? "(none: server-prepared statements re-bound)" : s.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
