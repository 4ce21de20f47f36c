package dev.ormkit.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.exc.MultipleResultsException;
import dev.ormkit.exc.NoResultException;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a statement: its rows (read in full when the statement ran, so a result
 * outlives its connection) or, for INSERT/UPDATE/DELETE, the number of rows affected and any
 * generated keys.
 */
public final class Result implements Iterable<Row> {
    private final RowMetadata meta;
    private final List<Row> rows;
    private final long rowCount;
    private final List<Row> generatedKeys;
    /** Per parameter set of a JDBC batch, the count the driver reported; empty for other statements. */
    private long[] batchRowCounts = new long[0];

    private Result(RowMetadata meta, List<Row> rows, long rowCount, List<Row> generatedKeys) {
        this.meta = meta;
        this.rows = rows;
        this.rowCount = rowCount;
        this.generatedKeys = generatedKeys;
    }

    /**
     * A result over values already in hand: what a session returns when it has turned a
     * SELECT's entity columns into objects ({@code session.execute(select(User.class))}).
     */
    public static Result of(List<String> keys, List<? extends List<?>> rows) {
        RowMetadata meta = new RowMetadata(keys);
        List<Row> out = new ArrayList<>(rows.size());
        for (List<?> values : rows) {
            out.add(new Row(meta, values.toArray()));
        }
        return ofRows(meta, out, -1);
    }

    /**
     * A result of one column over values already in hand: what a session returns for a SELECT
     * of one mapped class ({@code session.execute(select(User.class))}), one object per row.
     */
    public static Result ofColumn(String key, List<?> values) {
        RowMetadata meta = new RowMetadata(List.of(key));
        List<Row> out = new ArrayList<>(values.size());
        for (int i = 0, n = values.size(); i < n; i++) {
            out.add(new Row(meta, new Object[] {values.get(i)}));
        }
        return ofRows(meta, out, -1);
    }

    static Result ofRows(RowMetadata meta, List<Row> rows, long rowCount) {
        return new Result(meta, Collections.unmodifiableList(rows), rowCount, List.of());
    }

    static Result ofRowCount(long rowCount, List<Row> generatedKeys) {
        return new Result(new RowMetadata(List.of()), List.of(), rowCount, List.copyOf(generatedKeys));
    }

    static Result ofBatch(long rowCount, long[] perSet) {
        Result r = ofRowCount(rowCount, List.of());
        r.batchRowCounts = perSet.clone();
        return r;
    }

    /** Combines results of statements run one after another (multi-row insert batches). */
    static Result concat(List<Result> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Row> rows = new ArrayList<>();
        List<Row> keys = new ArrayList<>();
        long count = 0;
        RowMetadata meta = parts.get(0).meta;
        for (Result r : parts) {
            rows.addAll(r.rows);
            keys.addAll(r.generatedKeys);
            count += Math.max(0, r.rowCount());
        }
        return new Result(meta, Collections.unmodifiableList(rows), count, List.copyOf(keys));
    }

    /** Every row. */
    public List<Row> all() {
        return rows;
    }

    /** The first row, or null when there is none. */
    public @Nullable Row first() {
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Exactly one row.
     *
     * @throws NoResultException when there is none
     * @throws MultipleResultsException when there are more
     */
    public Row one() {
        if (rows.isEmpty()) {
            throw new NoResultException("No row was found when one was required");
        }
        if (rows.size() > 1) {
            throw new MultipleResultsException("Multiple rows (" + rows.size() + ") were found when exactly one was required",
                    rows.size());
        }
        return rows.get(0);
    }

    /** The one row, or null when there is none; more than one is an error. */
    public @Nullable Row oneOrNone() {
        if (rows.size() > 1) {
            throw new MultipleResultsException("Multiple rows (" + rows.size() + ") were found when one or none was required",
                    rows.size());
        }
        return first();
    }

    /** The first column of the first row, or null. */
    public @Nullable Object scalar() {
        Row r = first();
        return r == null ? null : r.get(0);
    }

    /** The first column of the first row converted to {@code type}, or null. */
    public <T> @Nullable T scalar(Class<T> type) {
        Row r = first();
        return r == null ? null : r.get(0, type);
    }

    /** The first column of every row. */
    public ScalarResult<Object> scalars() {
        return scalars(Object.class);
    }

    /** The first column of every row, converted to {@code type}. */
    public <T> ScalarResult<T> scalars(Class<T> type) {
        List<T> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.get(0, type));
        }
        return new ScalarResult<>(out);
    }

    /** Every row as a label-to-value map. */
    public List<Map<String, @Nullable Object>> mappings() {
        List<Map<String, @Nullable Object>> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.asMap());
        }
        return out;
    }

    /** The result's column labels. */
    public List<String> keys() {
        return meta.keys();
    }

    /**
     * Rows affected by an INSERT, UPDATE or DELETE (the JDBC update count), or the number of
     * rows returned by RETURNING; -1 when unknown.
     */
    public long rowCount() {
        return rowCount >= 0 ? rowCount : rows.size();
    }

    long rowCountOrSize() {
        return rowCount();
    }

    /**
     * For a statement run as a JDBC batch ({@code execute(statement, listOfParameterSets)}),
     * the rows each parameter set affected, in order, as the driver reports them: a driver
     * that does not know writes {@link java.sql.Statement#SUCCESS_NO_INFO} (-2) instead. Empty
     * for a statement not run as a batch.
     */
    public long[] batchRowCounts() {
        return batchRowCounts.clone();
    }

    /**
     * The keys the database generated for an INSERT: the RETURNING rows, or what
     * {@code getGeneratedKeys} gave; SQLAlchemy's {@code inserted_primary_key_rows}.
     */
    public List<Row> insertedPrimaryKeys() {
        return generatedKeys.isEmpty() ? rows : generatedKeys;
    }

    @Override
    public Iterator<Row> iterator() {
        return rows.iterator();
    }

    public Stream<Row> stream() {
        return rows.stream();
    }

    @Override
    public String toString() {
        return "Result(" + rows.size() + " rows" + (rowCount >= 0 ? ", rowcount " + rowCount : "") + ")";
    }
}
