package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** The 2.0-style stream of a session ({@code session.stream(select(Reading.class))}), through its helper. */
class SessionStreamsTest {
    @AllDatabases
    void aSelectOfAMappedClassStreamsObjectsAfterAnAutoflush(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = MetaData.of(Reading.class);
        metadata.createAll(engine);
        SessionFactory sessions = SessionFactory.builder(engine).metadata(metadata).build();
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(engine)) {
            for (long i = 1; i <= 7; i++) {
                session.add(new Reading(i, "r" + i));
            }
            session.flush();
            Reading third = session.get(Reading.class, 3L);
            counter.reset();
            List<Row> rows;
            try (Stream<Row> stream = session.stream(select(Reading.class).orderBy(Reading_.id), Map.of(), 3)) {
                rows = stream.toList();
            }
            assertThat(rows).hasSize(7);
            assertThat(rows.get(2).get(0, Reading.class)).isSameAs(third);
            assertThat(rows).extracting(r -> r.get(0, Reading.class).getLabel()).startsWith("r1", "r2", "r3").endsWith("r7");

            session.add(new Reading(8L, "r8")); // pending: the stream's autoflush writes it first
            List<Object> labels;
            try (Stream<Row> stream = session.stream(select(Reading_.label).orderBy(Reading_.id.desc()),
                    Map.of(), 3)) {
                labels = stream.map(r -> r.get(0)).toList();
            }
            assertThat(labels).startsWith("r8", "r7").hasSize(8);
        }
    }
}
