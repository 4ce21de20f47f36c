package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import dev.ormkit.event.Origin;
import dev.ormkit.exc.OrmException;
import dev.ormkit.exc.StaleDataException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.Delete;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Insert;
import dev.ormkit.sql.Sql;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.sql.Update;
import org.jspecify.annotations.Nullable;

/**
 * The INSERT, UPDATE and DELETE statements of a flush, one mapping at a time. INSERTs of a
 * batch go through Core's multi-row insert with generated keys read back in row order;
 * UPDATE and DELETE statements are built once per shape (table, columns set, versioned or
 * not) with named parameters and kept by the session factory, so each shape compiles once.
 */
final class RowWriter {
    /** Rows per key-matching SELECT or IN list: well under every database's bind parameter limit. */
    private static final int KEYS_PER_SELECT = 500;
    /** Rows whose INSERT parameters are built at a time, rounded up to whole statements. */
    private static final int MIN_ROWS_PER_CHUNK = 1_000;

    private final Connection connection;
    private final SessionFactory factory;
    /** Rows written so far, for the flush's report. */
    private long inserted;
    private long updated;
    private long deleted;

    RowWriter(Connection connection, SessionFactory factory) {
        this.connection = connection;
        this.factory = factory;
    }

    long insertedRows() {
        return inserted;
    }

    long updatedRows() {
        return updated;
    }

    long deletedRows() {
        return deleted;
    }

    /** Runs one statement of the flush for {@code entity} (null: association rows), counting its rows. */
    private Result write(Executable statement, Map<String, ?> parameters, @Nullable Class<?> entity) {
        Result r = connection.execute(statement, parameters, Origin.FLUSH, entity);
        count(statement.kind(), statement.kind() == StatementKind.INSERT ? 1 : r.rowCount());
        return r;
    }

    /** Runs one statement of the flush with many parameter sets, counting its rows. */
    private Result writeMany(Executable statement, List<? extends Map<String, ?>> sets, @Nullable Class<?> entity) {
        Result r = connection.execute(statement, sets, Origin.FLUSH, entity);
        long rows = 0;
        if (statement.kind() == StatementKind.INSERT) {
            rows = sets.size(); // an INSERT that did not insert its row raised
        } else {
            for (long n : r.batchRowCounts()) {
                // a driver that does not count (SUCCESS_NO_INFO) did run the row's statement
                rows += n >= 0 ? n : n == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
            }
        }
        count(statement.kind(), rows);
        return r;
    }

    private void count(StatementKind kind, long rows) {
        switch (kind) {
            case INSERT -> inserted += rows;
            case UPDATE -> updated += Math.max(rows, 0);
            case DELETE -> deleted += Math.max(rows, 0);
            default -> {
            }
        }
    }

    /**
     * INSERTs a batch of pending objects of one mapping. Fills insert defaults and the initial
     * version into the objects first, writes generated keys and server defaults back after.
     */
    void insert(EntityMapping<?> mapping, List<InstanceState> batch) {
        fillInsertDefaults(mapping, batch);
        List<Table> tables = mapping.tables();
        for (int t = 0; t < tables.size(); t++) {
            InsertRows layout = new InsertRows(mapping, tables.get(t), t == 0);
            // rows leaving out the same columns (null keys, server defaults) go in one statement
            Map<BitSet, List<InstanceState>> groups = new LinkedHashMap<>();
            BitSet omitted = new BitSet();
            BitSet previous = null;
            List<InstanceState> group = null;
            for (InstanceState s : batch) {
                layout.omitted(s.entity(), omitted);
                if (!omitted.equals(previous)) {
                    previous = (BitSet) omitted.clone();
                    group = groups.computeIfAbsent(previous, k -> new ArrayList<>());
                }
                group.add(s);
            }
            for (Map.Entry<BitSet, List<InstanceState>> g : groups.entrySet()) {
                insertRows(mapping, layout, layout.shape(g.getKey()), g.getValue());
            }
        }
    }

    /**
     * INSERTs rows that name the same columns, building their parameters a chunk of whole
     * statements at a time: a large flush never holds every row's parameters at once.
     */
    private void insertRows(EntityMapping<?> mapping, InsertRows layout, InsertRows.Shape shape,
                            List<InstanceState> states) {
        Table table = layout.table();
        Set<String> columns = shape.names().keySet();
        Column<?> auto = table.autoincrementColumn();
        boolean keyGenerated = auto != null && !columns.contains(auto.name());
        boolean returning = connection.dialect().supportsReturning(StatementKind.INSERT);
        // the same columns were left out of every row: the database fills the same ones in
        List<ColumnAttribute> defaulted = serverDefaulted(mapping, table, columns);
        Insert stmt = Sql.insert(table);
        if (returning && !defaulted.isEmpty()) {
            List<Expression<?>> back = new ArrayList<>();
            if (keyGenerated) {
                back.add(auto);
            }
            for (ColumnAttribute a : defaulted) {
                back.add(a.column());
            }
            stmt = stmt.returning(back.toArray(new Expression<?>[0]));
        }
        int perStatement = connection.dialect().rowsPerInsert(columns.size(), 0);
        int perChunk = perStatement * Math.max(1, (MIN_ROWS_PER_CHUNK + perStatement - 1) / perStatement);
        for (int from = 0; from < states.size(); from += perChunk) {
            List<InstanceState> chunk = states.subList(from, Math.min(states.size(), from + perChunk));
            List<ParameterRow> rows = new ArrayList<>(chunk.size());
            for (InstanceState s : chunk) {
                rows.add(layout.row(s.entity(), shape));
            }
            Result result = writeMany(stmt, rows, mapping.type());
            if (keyGenerated) {
                writeGeneratedKeys(mapping, auto, chunk, result);
            }
            if (defaulted.isEmpty()) {
                continue;
            }
            if (returning) {
                readServerDefaults(chunk, result.all(), keyGenerated ? 1 : 0, defaulted);
            } else {
                fetchServerDefaults(table, chunk, defaulted);
            }
        }
    }

    /** The initial version and declared insert defaults, where the field is null. */
    private static void fillInsertDefaults(EntityMapping<?> mapping, List<InstanceState> batch) {
        List<ColumnAttribute> defaults = new ArrayList<>();
        for (ColumnAttribute a : mapping.columnAttributes()) {
            if ((a.isVersion() || a.hasInsertDefault()) && !a.isGenerated()) {
                defaults.add(a);
            }
        }
        for (InstanceState s : batch) {
            s.clearWrittenAtInsert();
            Object entity = s.entity();
            for (ColumnAttribute a : defaults) {
                if (a.get(entity) != null) {
                    continue;
                }
                if (a.isVersion()) {
                    a.set(entity, JdbcValues.convert(1, a.javaType()));
                    s.writtenAtInsert(a);
                } else {
                    a.set(entity, a.insertDefault());
                }
            }
        }
    }

    /** The attributes of {@code table} left out of an INSERT (null) for the database's DEFAULT to fill. */
    private static List<ColumnAttribute> serverDefaulted(EntityMapping<?> mapping, Table table, Set<String> written) {
        List<ColumnAttribute> out = new ArrayList<>();
        for (ColumnAttribute a : mapping.columnAttributes()) {
            Column<?> c = a.column();
            if (c.table() == table && c.serverDefault() != null && !written.contains(c.name()) && !a.isGenerated()) {
                out.add(a);
            }
        }
        return out;
    }

    /** Server defaults from the INSERT's RETURNING rows (in row order), after {@code skip} key columns. */
    private static void readServerDefaults(List<InstanceState> states, List<Row> rows, int skip,
                                           List<ColumnAttribute> defaulted) {
        if (rows.size() != states.size()) {
            throw new OrmException("INSERT ... RETURNING of " + states.size() + " rows returned " + rows.size()
                    + " rows; cannot tell which row got which server default");
        }
        for (int i = 0; i < states.size(); i++) {
            Object entity = states.get(i).entity();
            for (int j = 0; j < defaulted.size(); j++) {
                ColumnAttribute a = defaulted.get(j);
                a.set(entity, LoadedValues.read(a, rows.get(i), skip + j, states.get(i).mapping().identityKey(entity)));
                states.get(i).writtenAtInsert(a);
            }
        }
    }

    /**
     * Server defaults where INSERT cannot return them: one SELECT of the rows just written, by
     * key, per chunk of {@value #KEYS_PER_SELECT} rows.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fetchServerDefaults(Table table, List<InstanceState> states, List<ColumnAttribute> defaulted) {
        List<Column<?>> key = table.primaryKey();
        List<Expression<?>> columns = new ArrayList<>(key);
        for (ColumnAttribute a : defaulted) {
            columns.add(a.column());
        }
        RowKey rowKey = new RowKey(states.get(0).mapping(), table);
        for (int from = 0; from < states.size(); from += KEYS_PER_SELECT) {
            List<InstanceState> chunk = states.subList(from, Math.min(states.size(), from + KEYS_PER_SELECT));
            Map<List<Object>, InstanceState> byKey = new HashMap<>();
            List<Expression<Boolean>> any = new ArrayList<>();
            for (InstanceState s : chunk) {
                Map<String, Object> params = new HashMap<>();
                rowKey.put(s, params);
                List<Object> values = new ArrayList<>();
                List<Expression<Boolean>> all = new ArrayList<>();
                for (Column c : key) {
                    Object v = params.get("k_" + c.name());
                    values.add(v);
                    all.add(c.eq(v));
                }
                byKey.put(values, s);
                any.add(Sql.and(all));
            }
            for (Row row : connection.execute(Sql.select(columns.toArray()).where(Sql.or(any)), Map.of(), Origin.FLUSH,
                    states.get(0).mapping().type()).all()) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < key.size(); i++) {
                    ColumnAttribute k = chunk.get(0).mapping().primaryKey().get(i);
                    values.add(JdbcValues.convert(row.get(i), k.javaType()));
                }
                InstanceState s = byKey.get(values);
                if (s == null) {
                    continue;
                }
                for (int j = 0; j < defaulted.size(); j++) {
                    ColumnAttribute a = defaulted.get(j);
                    a.set(s.entity(), LoadedValues.read(a, row, key.size() + j, s.mapping().identityKey(s.entity())));
                    s.writtenAtInsert(a);
                }
            }
        }
    }

    private static void writeGeneratedKeys(EntityMapping<?> mapping, Column<?> auto, List<InstanceState> states,
                                           Result result) {
        ColumnAttribute key = mapping.attributeFor(auto);
        List<Row> keys = result.insertedPrimaryKeys();
        if (key == null) {
            return;
        }
        if (keys.size() != states.size()) {
            throw new OrmException("INSERT into " + auto.table() + " of " + states.size() + " rows returned "
                    + keys.size() + " generated keys; cannot tell which row got which key");
        }
        Class<?> type = key.javaType();
        for (int i = 0; i < states.size(); i++) {
            InstanceState s = states.get(i);
            key.set(s.entity(), JdbcValues.convert(keys.get(i).get(0), type));
            s.writtenAtInsert(key);
        }
    }

    /**
     * UPDATEs the changed columns of a persistent object (indexes into its column attributes),
     * checking and bumping its version. Nothing is sent when nothing changed.
     *
     * @throws StaleDataException when the row was changed (versioned) or deleted meanwhile
     */
    void update(InstanceState s, List<Integer> changed) {
        EntityMapping<?> mapping = s.mapping();
        Object entity = s.entity();
        List<ColumnAttribute> attrs = s.attributes();
        ColumnAttribute version = mapping.version();
        Object oldVersion = null;
        Object newVersion = null;
        if (version != null) {
            oldVersion = s.committedValue(attrs.indexOf(version));
            newVersion = JdbcValues.convert(oldVersion == null ? 1 : ((Number) oldVersion).longValue() + 1,
                    version.javaType());
        }
        for (Table table : mapping.tables()) {
            List<ColumnAttribute> set = columnsToSet(attrs, changed, table);
            boolean versionHere = version != null && version.column().table() == table;
            if (set.isEmpty() && !versionHere) {
                continue;
            }
            Map<String, Object> params = new HashMap<>();
            setParameters(s, setNames(set), set, new RowKey(mapping, table), params);
            if (versionHere) {
                params.put("s_" + version.column().name(), newVersion);
                params.put("v_old", oldVersion);
            }
            Result r = write(updateStatement(table, set, versionHere ? version : null), params, mapping.type());
            if (r.rowCount() == 0) {
                throw stale("UPDATE", s, versionHere ? oldVersion : null, table);
            }
        }
        if (version != null) {
            version.set(entity, newVersion);
        }
    }

    /**
     * UPDATEs objects of one mapping without a {@link dev.ormkit.mapping.Version} that changed
     * the same columns: one statement per table, sent as one JDBC batch. Where the driver
     * reports a count per row, a row that matched nothing raises as {@link #update} does.
     *
     * @throws StaleDataException when a row was deleted meanwhile
     */
    void updateBatch(List<InstanceState> states, List<Integer> changed) {
        if (states.size() == 1) {
            update(states.get(0), changed);
            return;
        }
        EntityMapping<?> mapping = states.get(0).mapping();
        if (mapping.version() != null) {
            throw new IllegalStateException("versioned objects are updated one by one: " + mapping);
        }
        List<ColumnAttribute> attrs = mapping.columnAttributes();
        for (Table table : mapping.tables()) {
            List<ColumnAttribute> set = columnsToSet(attrs, changed, table);
            if (set.isEmpty()) {
                continue;
            }
            RowKey rowKey = new RowKey(mapping, table);
            List<String> names = setNames(set);
            names.addAll(rowKey.names());
            ParameterRow.Names shape = new ParameterRow.Names(names);
            List<ParameterRow> sets = new ArrayList<>(states.size());
            for (InstanceState s : states) {
                ParameterRow params = shape.newRow();
                Object entity = s.entity();
                for (int i = 0; i < set.size(); i++) {
                    params.set(i, set.get(i).get(entity));
                }
                rowKey.fill(s, params, set.size());
                sets.add(params);
            }
            Result r = writeMany(updateStatement(table, set, null), sets, mapping.type());
            checkBatchCounts(states, r, table);
        }
    }

    /**
     * A zero count for a row of the batch means its row is gone. Drivers that rewrite a batch
     * into one statement (or do not count) report {@link java.sql.Statement#SUCCESS_NO_INFO}
     * or fewer counts: then only a known total short of the batch size tells.
     */
    private static void checkBatchCounts(List<InstanceState> states, Result r, Table table) {
        long[] counts = r.batchRowCounts();
        if (counts.length == states.size()) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw stale("UPDATE", states.get(i), null, table);
                }
            }
            return;
        }
        for (long n : counts) {
            if (n < 0) {
                return; // the driver did not count: nothing to check against
            }
        }
        if (counts.length > 0 && r.rowCount() < states.size()) {
            throw new StaleDataException("UPDATE of " + states.size() + " " + states.get(0).mapping().type().getSimpleName()
                    + " objects in table " + table.name() + " matched only " + r.rowCount()
                    + " rows: rows were deleted by another transaction. Reload the objects (session.refresh) and apply the changes again",
                    states.get(0).mapping().type(), List.of(), null);
        }
    }

    private static List<ColumnAttribute> columnsToSet(List<ColumnAttribute> attrs, List<Integer> changed, Table table) {
        List<ColumnAttribute> set = new ArrayList<>();
        for (int i : changed) {
            ColumnAttribute a = attrs.get(i);
            if (a.column().table() == table && !a.isVersion()) {
                set.add(a);
            }
        }
        return set;
    }

    /** The parameter names of the new values: {@code s_<column>}. */
    private static List<String> setNames(List<ColumnAttribute> set) {
        List<String> names = new ArrayList<>(set.size());
        for (ColumnAttribute a : set) {
            names.add("s_" + a.column().name());
        }
        return names;
    }

    /** The new values (named by {@code names}) and the row's key as the database has it. */
    private static void setParameters(InstanceState s, List<String> names, List<ColumnAttribute> set, RowKey rowKey,
                                      Map<String, Object> params) {
        Object entity = s.entity();
        for (int i = 0; i < set.size(); i++) {
            params.put(names.get(i), set.get(i).get(entity));
        }
        rowKey.put(s, params);
    }

    /** The UPDATE of one shape (table, columns set, versioned or not), built once per session factory. */
    private Update updateStatement(Table table, List<ColumnAttribute> set, @Nullable ColumnAttribute version) {
        StringBuilder shape = new StringBuilder("U|").append(table.name());
        for (ColumnAttribute a : set) {
            shape.append('|').append(a.column().name());
        }
        if (version != null) {
            shape.append("|v:").append(version.column().name());
        }
        return factory.statement(shape.toString(), k -> buildUpdate(table, set, version));
    }

    /** DELETEs the rows of objects of one mapping, subclass tables first. */
    void delete(EntityMapping<?> mapping, List<InstanceState> batch) {
        ColumnAttribute version = mapping.version();
        List<Table> tables = new ArrayList<>(mapping.tables());
        java.util.Collections.reverse(tables);
        for (Table table : tables) {
            boolean versionHere = version != null && version.column().table() == table;
            Delete stmt = factory.statement("D|" + table.name() + (versionHere ? "|v" : ""),
                    k -> buildDelete(table, versionHere ? version : null));
            RowKey rowKey = new RowKey(mapping, table);
            List<Map<String, Object>> sets = new ArrayList<>();
            for (InstanceState s : batch) {
                Map<String, Object> params = new HashMap<>();
                rowKey.put(s, params);
                if (versionHere) {
                    Object old = s.committedValue(s.attributes().indexOf(version));
                    params.put("v_old", old);
                    Result r = write(stmt, params, mapping.type());
                    if (r.rowCount() == 0) {
                        throw stale("DELETE", s, old, table);
                    }
                } else {
                    sets.add(params);
                }
            }
            if (sets.size() == 1) {
                write(stmt, sets.get(0), mapping.type());
            } else if (!sets.isEmpty()) {
                writeMany(stmt, sets, mapping.type());
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Update buildUpdate(Table table, List<ColumnAttribute> set, @Nullable ColumnAttribute version) {
        Map<Object, Object> values = new LinkedHashMap<>();
        for (ColumnAttribute a : set) {
            values.put(a.column(), Sql.bindParam("s_" + a.column().name(), (dev.ormkit.sql.SqlType) a.column().type()));
        }
        List<Expression<Boolean>> where = keyCriteria(table);
        if (version != null) {
            Column c = version.column();
            values.put(c, Sql.bindParam("s_" + c.name(), c.type()));
            where.add(c.eq((Expression) Sql.bindParam("v_old", c.type())));
        }
        return Sql.update(table).values(values).where(where.toArray(new Expression[0]));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Delete buildDelete(Table table, @Nullable ColumnAttribute version) {
        List<Expression<Boolean>> where = keyCriteria(table);
        if (version != null) {
            Column c = version.column();
            where.add(c.eq((Expression) Sql.bindParam("v_old", c.type())));
        }
        return Sql.delete(table).where(where.toArray(new Expression[0]));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Expression<Boolean>> keyCriteria(Table table) {
        List<Expression<Boolean>> where = new ArrayList<>();
        for (Column c : table.primaryKey()) {
            where.add(c.eq((Expression) Sql.bindParam("k_" + c.name(), c.type())));
        }
        return where;
    }

    private static StaleDataException stale(String statement, InstanceState s, @Nullable Object version, Table table) {
        EntityKey identity = s.identity();
        return new StaleDataException(statement + " of " + s.describe() + " in table " + table.name()
                + " matched no row" + (version != null
                ? ": its version is no longer " + version + "; another transaction changed or deleted it since it was loaded"
                : ": the row was deleted by another transaction")
                + ". Reload it (session.refresh) and apply the change again", s.mapping().type(),
                identity == null ? List.of() : Arrays.asList(identity.values()), version);
    }

    // --- association rows ------------------------------------------------------------------

    /** DELETEs association rows (by every column of the row). */
    void deleteAssociationRows(Table table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        Delete stmt = factory.statement("A|" + table.name() + "|" + columns, k -> buildMatchDelete(table, columns));
        if (rows.size() == 1) {
            write(stmt, rows.get(0), null);
        } else {
            writeMany(stmt, rows, null);
        }
    }

    /** INSERTs association rows in multi-row statements. */
    void insertAssociationRows(Table table, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            writeMany(Sql.insert(table), rows, null);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Delete buildMatchDelete(Table table, List<String> columns) {
        List<Expression<Boolean>> where = new ArrayList<>();
        for (String name : columns) {
            Column c = table.c(name);
            where.add(c.eq((Expression) Sql.bindParam(name, c.type())));
        }
        return Sql.delete(table).where(where.toArray(new Expression[0]));
    }
}
