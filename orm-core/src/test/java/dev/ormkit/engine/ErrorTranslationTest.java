package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import dev.ormkit.exc.DataException;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.ProgrammingException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;

/** Driver errors become ormkit's exception classes, with SQL, parameters and SQLSTATE kept. */
class ErrorTranslationTest {
    private final MetaData md = new MetaData();
    private final Table parents = md.table("parents",
            Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
            Column.of("code", Types.string(5)).notNull().unique(),
            Column.of("small", Types.SMALLINT));
    private final Table children = md.table("children",
            Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
            Column.of("parent_id", Types.INTEGER).foreignKey("parents.id"));

    private Connection setUp(TestDatabase db) {
        Connection conn = db.engine().connect();
        TestTables.create(conn, parents, children);
        conn.execute(insert(parents).values(Map.of("id", 1, "code", "A1")));
        conn.commit();
        return conn;
    }

    /** SQLite reports no SQLSTATE; every other database must. */
    private static void assertState(TestDatabase db, DatabaseException e, String sqlStateClass) {
        if (db.kind() == DatabaseKind.SQLITE) {
            assertThat(e.sqlState()).isNull();
            assertThat(e.vendorCode()).isPositive();
        } else {
            assertThat(e.sqlState()).startsWith(sqlStateClass);
        }
    }

    @AllDatabases
    void uniqueViolation(TestDatabase db) {
        try (Connection conn = setUp(db)) {
            IntegrityException e = catchThrowableOfType(IntegrityException.class,
                    () -> conn.execute(insert(parents).values(Map.of("id", 2, "code", "A1"))));
            assertState(db, e, "23");
            assertThat(e.sql()).startsWith("INSERT INTO parents");
            assertThat(e.parameters()).contains(2, "A1");
            assertThat(e.getMessage()).contains("[SQL: INSERT INTO parents").contains("[parameters: ").contains("A1");
            assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class);
        }
    }

    @AllDatabases
    void notNullViolation(TestDatabase db) {
        try (Connection conn = setUp(db)) {
            IntegrityException e = catchThrowableOfType(IntegrityException.class,
                    () -> conn.execute(text("INSERT INTO parents (id, code) VALUES (:id, :code)"), withNull(3)));
            assertState(db, e, "23");
            assertThat(e.parameters()).containsExactly(3, DatabaseException.NullParameter.INSTANCE);
        }
    }

    private static Map<String, Object> withNull(int id) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("id", id);
        m.put("code", null);
        return m;
    }

    @AllDatabases
    void foreignKeyViolation(TestDatabase db) {
        try (Connection conn = setUp(db)) {
            IntegrityException e = catchThrowableOfType(IntegrityException.class,
                    () -> conn.execute(insert(children).values(Map.of("id", 1, "parent_id", 99))));
            assertState(db, e, "23");
            assertThat(e.parameters()).contains(99);
        }
    }

    @AllDatabases
    void syntaxErrorAndUnknownTable(TestDatabase db) {
        try (Connection conn = setUp(db)) {
            ProgrammingException syntax = catchThrowableOfType(ProgrammingException.class,
                    () -> conn.execute(text("SELEC id FROM parents WHERE id = :id"), Map.of("id", 1)));
            assertState(db, syntax, "42");
            assertThat(syntax.sql()).isEqualTo("SELEC id FROM parents WHERE id = ?");
            assertThat(syntax.parameters()).containsExactly(1);
            conn.rollback();

            ProgrammingException unknown = catchThrowableOfType(ProgrammingException.class,
                    () -> conn.execute(text("SELECT * FROM no_such_table")));
            assertState(db, unknown, "42");
            assertThat(unknown.getMessage()).containsIgnoringCase("no_such_table");
        }
    }

    @AllDatabases
    void valueTooLongOrOutOfRange(TestDatabase db) {
        try (Connection conn = setUp(db)) {
            if (db.kind() == DatabaseKind.SQLITE) {
                // SQLite does not enforce declared lengths or ranges: the value is stored as given
                conn.execute(insert(parents).values(Map.of("id", 5, "code", "TOO-LONG", "small", 100_000)));
                assertThat(conn.execute(select(parents.c("code")).where(parents.c("id").eq(5))).scalar())
                        .isEqualTo("TOO-LONG");
                return;
            }
            DataException tooLong = catchThrowableOfType(DataException.class,
                    () -> conn.execute(insert(parents).values(Map.of("id", 5, "code", "TOO-LONG"))));
            assertState(db, tooLong, "22");
            assertThat(tooLong.parameters()).contains("TOO-LONG");
            conn.rollback();

            DataException range = catchThrowableOfType(DataException.class,
                    () -> conn.execute(text("UPDATE parents SET small = :v WHERE id = 1"), Map.of("v", 100_000)));
            assertState(db, range, "22");
            assertThat(range.sql()).isEqualTo("UPDATE parents SET small = ? WHERE id = 1");
        }
    }

    @AllDatabases
    void connectionIsUsableAfterRollingBackAFailedTransaction(TestDatabase db) {
        try (Connection conn = setUp(db)) {
            conn.execute(insert(parents).values(Map.of("id", 7, "code", "B7")));
            catchThrowableOfType(IntegrityException.class,
                    () -> conn.execute(insert(parents).values(Map.of("id", 8, "code", "B7"))));
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                // PostgreSQL refuses every statement until the failed transaction ends
                DatabaseException aborted = catchThrowableOfType(DatabaseException.class,
                        () -> conn.execute(select(parents.c("id"))));
                assertThat(aborted.sqlState()).isEqualTo("25P02");
            }
            conn.rollback();
            assertThat(conn.execute(select(parents.c("code")).orderBy(parents.c("id"))).scalars(String.class).all())
                    .containsExactly("A1");
        }
    }
}
