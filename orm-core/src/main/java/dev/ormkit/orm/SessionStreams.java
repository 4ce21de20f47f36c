package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.engine.Row;
import dev.ormkit.engine.StreamingResult;
import dev.ormkit.event.Origin;
import dev.ormkit.mapping.EntityClause;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.TextClause;
import org.jspecify.annotations.Nullable;

/**
 * Streams in a session: a SELECT run with a server-side cursor whose rows become objects one
 * batch at a time ({@link BatchedLoad}), for {@link Query#stream()} and for the 2.0-style
 * {@code session.stream(select(User.class))}.
 */
final class SessionStreams {
    private SessionStreams() {
    }

    /**
     * The 2.0-style stream: after an autoflush, the rows of {@code statement} as they are read;
     * in a SELECT of mapped classes each class is one column holding its object (as
     * {@code session.execute()} gives it), loaded {@code rowsPerBatch} rows at a time.
     */
    static Stream<Row> stream(SessionImpl session, Executable statement, Map<String, ?> parameters, int rowsPerBatch) {
        session.autoflush();
        if (statement instanceof Select select && hasEntities(select)) {
            return load(session, select, null, parameters, rowsPerBatch, true, null);
        }
        Origin origin = statement instanceof TextClause ? Origin.RAW_SQL : Origin.QUERY;
        return OrmStatements.stream(session, statement, parameters, rowsPerBatch, origin, null).stream();
    }

    /**
     * The objects of the first mapped class of {@code select} (or, with {@code rows}, rows of its
     * objects and columns), loaded under {@code plan} a batch at a time; {@code release} (may be
     * null) takes each finished batch out of the session. No autoflush: the caller's.
     */
    @SuppressWarnings("unchecked")
    static <T> Stream<T> load(SessionImpl session, Select select, @Nullable LoadPlan plan, Map<String, ?> parameters,
                              int batchSize, boolean rows, @Nullable BatchRelease release) {
        ResultLoader loader = ResultLoader.prepareBatched(session, select, plan, release == null);
        StreamingResult result = OrmStatements.stream(session, loader.statement(), parameters, batchSize, Origin.QUERY,
                loader.primaryType());
        BatchedLoad<T> load = new BatchedLoad<>(result, batchSize, (batch, keys) -> {
            ResultLoader.Loaded loaded = loader.load(batch, keys);
            List<InstanceState> states = new ArrayList<>(loaded.objects().size() + loaded.others().size());
            states.addAll(loaded.objects());
            states.addAll(loaded.others());
            states.addAll(loaded.joined());
            List<T> out = new ArrayList<>(loaded.objects().size());
            if (rows) {
                out.addAll((List<T>) loaded.result().all());
            } else {
                for (InstanceState s : loaded.objects()) {
                    out.add((T) s.entity());
                }
            }
            return new BatchedLoad.Batch<>(out, states);
        }, release);
        return load.stream();
    }

    private static boolean hasEntities(Select select) {
        for (ClauseElement c : select.columns()) {
            if (c instanceof EntityClause) {
                return true;
            }
        }
        return false;
    }
}
