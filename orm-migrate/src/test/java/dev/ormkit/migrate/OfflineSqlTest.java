package dev.ormkit.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.schema.Inspector;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** {@code --sql}: the script is, statement for statement, what the run sends. */
class OfflineSqlTest {

    @AllDatabases
    void scriptEqualsWhatUpgradeAndDowngradeRun(TestDatabase db) {
        Engine engine = db.engine();
        Migrator migrator = Migrator.builder(engine).packages("dev.ormkit.migrate.chain").build();

        String fromBase = migrator.upgradeSql("head");
        assertThat(Inspector.of(engine).tableNames()).as("an offline script runs nothing").isEmpty();
        assertThat(fromBase).contains("-- Running upgrade base -> a1000000c001, create users table")
                .contains("INSERT INTO orm_version (version_num) VALUES ('a1000000c001');")
                .contains("'bob''s'");

        migrator.upgrade("a3000000c003");
        String script = migrator.upgradeSql("head");
        List<String> ran = capture(engine, () -> migrator.upgrade("head"));
        assertThat(statements(script)).isNotEmpty().isEqualTo(ran);

        String down = migrator.downgradeSql("base");
        List<String> undone = capture(engine, () -> migrator.downgrade("base"));
        assertThat(statements(down)).isNotEmpty().isEqualTo(undone);
        assertThat(down).contains("DELETE FROM orm_version WHERE orm_version.version_num = 'a1000000c001';");
    }

    /** The statements of a script: comments dropped, split at the {@code ;} ending each. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        for (String part : script.split(";\n\n")) {
            StringBuilder s = new StringBuilder();
            for (String line : part.split("\n")) {
                if (!line.startsWith("-- ") && !line.isBlank()) {
                    s.append(s.length() > 0 ? "\n" : "").append(line);
                }
            }
            if (s.length() > 0) {
                out.add(s.toString());
            }
        }
        return out;
    }

    /** What {@code work} sends, values written in, leaving out the reads of the version table. */
    static List<String> capture(Engine engine, Runnable work) {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        StatementListener listener = new StatementListener() {
            @Override
            public void onStatementEnd(StatementEvent e) {
                if (!(e.kind() == StatementKind.SELECT && e.sql().contains("orm_version"))) {
                    sent.add(SqlScript.inline(engine.dialect(), e.sql(), e.parameters()));
                }
            }
        };
        engine.events().addStatementListener(listener);
        try {
            work.run();
        } finally {
            engine.events().removeStatementListener(listener);
        }
        return sent;
    }
}
