package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.ParameterText;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;
import org.junit.jupiter.api.Test;

/** Error messages show long parameter values cut to their start, end and length; the exception keeps them whole. */
class ErrorMessageParametersTest {
    private static final int MB = 1 << 20;

    @AllDatabases
    void aMegabyteValueMakesAShortMessage(TestDatabase db) {
        Table docs = new MetaData().table("docs",
                Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
                Column.of("body", Types.TEXT),
                Column.of("data", Types.BINARY));
        String body = "start-of-body:" + "x".repeat(MB - 28) + ":end-of-body";
        byte[] data = new byte[MB];
        Arrays.fill(data, (byte) 0xab);
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, docs);
            conn.execute(insert(docs).values(Map.of("id", 1, "body", "short", "data", new byte[] {1})));
            IntegrityException e = catchThrowableOfType(IntegrityException.class,
                    () -> conn.execute(insert(docs).values(Map.of("id", 1, "body", body, "data", data))));

            assertThat(e.getMessage().length()).as("message length").isLessThan(2_000);
            assertThat(e.getMessage())
                    .contains("'start-of-body:xxx")
                    .contains("xxx:end-of-body'")
                    .contains("(" + body.length() + " characters, " + (body.length() - 300) + " truncated)")
                    .contains("<" + MB + " bytes: abababababababababababababababab...>");
            // the values themselves are all there for code that wants them
            assertThat(e.parameters()).contains(body);
        }
    }

    @Test
    void shortValuesAreShownWholeAndQuotedWhenText() {
        assertThat(ParameterText.of(Arrays.asList(1, "alice", null, new byte[] {0, 15, -1})))
                .isEqualTo("[1, 'alice', null, <3 bytes: 000fff>]");
        String exactly300 = "y".repeat(300);
        assertThat(ParameterText.value(exactly300)).isEqualTo("'" + exactly300 + "'");
    }

    @Test
    void aLongListShowsItsFirstValuesAndHowManyMore() {
        List<Integer> many = java.util.stream.IntStream.range(0, 70_000).boxed().toList();
        String text = ParameterText.of(many);
        assertThat(text).startsWith("[0, 1, 2,").endsWith("19 ... 69980 more]");
    }
}
