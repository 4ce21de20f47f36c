package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.OrmException;
import dev.ormkit.exc.StaleDataException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.Delete;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Sql;
import dev.ormkit.sql.Update;
import org.jspecify.annotations.Nullable;

/**
 * The INSERT, UPDATE and DELETE statements of a flush, one mapping at a time. INSERTs of a
 * batch go through Core's multi-row insert with generated keys read back in row order;
 * UPDATE and DELETE statements are built once per shape (table, columns set, versioned or
 * not) with named parameters and kept by the session factory, so each shape compiles once.
 */
final class RowWriter {
    private final Connection connection;
    private final SessionFactory factory;

    RowWriter(Connection connection, SessionFactory factory) {
        this.connection = connection;
        this.factory = factory;
    }

    /**
     * INSERTs a batch of pending objects of one mapping. Fills insert defaults and the initial
     * version into the objects first, writes generated keys and server defaults back after.
     */
    void insert(EntityMapping<?> mapping, List<InstanceState> batch) {
        List<ColumnAttribute> attrs = mapping.columnAttributes();
        Map<InstanceState, List<ColumnAttribute>> written = new HashMap<>();
        for (InstanceState s : batch) {
            Object entity = s.entity();
            List<ColumnAttribute> filled = new ArrayList<>();
            for (ColumnAttribute a : attrs) {
                if (a.get(entity) != null || a.isGenerated()) {
                    continue;
                }
                if (a.isVersion()) {
                    a.set(entity, JdbcValues.convert(1, a.javaType()));
                    filled.add(a);
                } else if (a.hasInsertDefault()) {
                    a.set(entity, a.insertDefault());
                }
            }
            written.put(s, filled);
        }
        List<Table> tables = mapping.tables();
        Map<InstanceState, List<ColumnAttribute>> serverDefaulted = new HashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            Map<Set<String>, List<InstanceState>> groups = new LinkedHashMap<>();
            Map<InstanceState, Map<String, Object>> params = new HashMap<>();
            for (InstanceState s : batch) {
                Map<String, Object> row = insertParameters(mapping, table, t == 0, s, serverDefaulted);
                params.put(s, row);
                groups.computeIfAbsent(row.keySet(), k -> new ArrayList<>()).add(s);
            }
            Column<?> auto = table.autoincrementColumn();
            for (Map.Entry<Set<String>, List<InstanceState>> g : groups.entrySet()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (InstanceState s : g.getValue()) {
                    rows.add(params.get(s));
                }
                Result result = connection.execute(Sql.insert(table), rows);
                if (auto != null && !g.getKey().contains(auto.name())) {
                    writeGeneratedKeys(mapping, auto, g.getValue(), result, written);
                }
            }
        }
        for (InstanceState s : batch) {
            List<ColumnAttribute> fetch = serverDefaulted.get(s);
            if (fetch != null) {
                fetchServerDefaults(s, fetch);
            }
            s.writtenAtInsert(written.get(s));
        }
    }

    private Map<String, Object> insertParameters(EntityMapping<?> mapping, Table table, boolean rootTable,
                                                 InstanceState s, Map<InstanceState, List<ColumnAttribute>> serverDefaulted) {
        Object entity = s.entity();
        Map<String, Object> row = new LinkedHashMap<>();
        for (ColumnAttribute a : mapping.columnAttributes()) {
            Column<?> c = a.column();
            if (c.table() != table) {
                continue;
            }
            Object v = a.get(entity);
            if (v == null && a.isGenerated()) {
                continue;
            }
            if (v == null && c.serverDefault() != null) {
                serverDefaulted.computeIfAbsent(s, k -> new ArrayList<>()).add(a);
                continue;
            }
            row.put(c.name(), v);
        }
        if (!rootTable) { // joined inheritance: the subclass table's key repeats the root's
            for (Column<?> c : table.primaryKey()) {
                if (!row.containsKey(c.name())) {
                    for (ColumnAttribute k : mapping.primaryKey()) {
                        if (k.column().name().equals(c.name())) {
                            row.put(c.name(), k.get(entity));
                        }
                    }
                }
            }
        }
        Column<?> disc = mapping.discriminatorColumn();
        if (disc != null && disc.table() == table && !row.containsKey(disc.name()) && mapping.attributeFor(disc) == null) {
            row.put(disc.name(), mapping.discriminatorValue());
        }
        return row;
    }

    private static void writeGeneratedKeys(EntityMapping<?> mapping, Column<?> auto, List<InstanceState> states,
                                           Result result, Map<InstanceState, List<ColumnAttribute>> written) {
        ColumnAttribute key = mapping.attributeFor(auto);
        List<Row> keys = result.insertedPrimaryKeys();
        if (key == null) {
            return;
        }
        if (keys.size() != states.size()) {
            throw new OrmException("INSERT into " + auto.table() + " of " + states.size() + " rows returned "
                    + keys.size() + " generated keys; cannot tell which row got which key");
        }
        for (int i = 0; i < states.size(); i++) {
            Object entity = states.get(i).entity();
            key.set(entity, JdbcValues.convert(keys.get(i).get(0), key.javaType()));
            written.get(states.get(i)).add(key);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fetchServerDefaults(InstanceState s, List<ColumnAttribute> attrs) {
        Object entity = s.entity();
        List<Expression<?>> columns = new ArrayList<>();
        for (ColumnAttribute a : attrs) {
            columns.add(a.column());
        }
        List<Expression<Boolean>> where = new ArrayList<>();
        for (ColumnAttribute k : s.mapping().primaryKey()) {
            where.add(((Expression) k.column()).eq(k.get(entity)));
        }
        Row row = connection.execute(Sql.select(columns.toArray()).where(where)).first();
        if (row != null) {
            for (int i = 0; i < attrs.size(); i++) {
                attrs.get(i).set(entity, JdbcValues.convert(row.get(i), attrs.get(i).javaType()));
            }
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
            List<ColumnAttribute> set = new ArrayList<>();
            for (int i : changed) {
                ColumnAttribute a = attrs.get(i);
                if (a.column().table() == table && !a.isVersion()) {
                    set.add(a);
                }
            }
            boolean versionHere = version != null && version.column().table() == table;
            if (set.isEmpty() && !versionHere) {
                continue;
            }
            Map<String, Object> params = new HashMap<>();
            StringBuilder shape = new StringBuilder("U|").append(table.name());
            for (ColumnAttribute a : set) {
                shape.append('|').append(a.column().name());
                params.put("s_" + a.column().name(), a.get(entity));
            }
            if (versionHere) {
                shape.append("|v:").append(version.column().name());
                params.put("s_" + version.column().name(), newVersion);
                params.put("v_old", oldVersion);
            }
            keyParameters(s, table, params);
            Update stmt = factory.statement(shape.toString(), k -> buildUpdate(table, set, versionHere ? version : null));
            Result r = connection.execute(stmt, params);
            if (r.rowCount() == 0) {
                throw stale("UPDATE", s, versionHere ? oldVersion : null, table);
            }
        }
        if (version != null) {
            version.set(entity, newVersion);
        }
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
            List<Map<String, Object>> sets = new ArrayList<>();
            for (InstanceState s : batch) {
                Map<String, Object> params = new HashMap<>();
                keyParameters(s, table, params);
                if (versionHere) {
                    Object old = s.committedValue(s.attributes().indexOf(version));
                    params.put("v_old", old);
                    Result r = connection.execute(stmt, params);
                    if (r.rowCount() == 0) {
                        throw stale("DELETE", s, old, table);
                    }
                } else {
                    sets.add(params);
                }
            }
            if (sets.size() == 1) {
                connection.execute(stmt, sets.get(0));
            } else if (!sets.isEmpty()) {
                connection.execute(stmt, sets);
            }
        }
    }

    /** The key of the row as the database has it (the baseline, in case the key was changed). */
    private static void keyParameters(InstanceState s, Table table, Map<String, Object> params) {
        List<ColumnAttribute> attrs = s.attributes();
        for (Column<?> c : table.primaryKey()) {
            for (ColumnAttribute k : s.mapping().primaryKey()) {
                if (k.column().name().equals(c.name())) {
                    Object v = s.hasCommittedValues() ? s.committedValue(attrs.indexOf(k)) : k.get(s.entity());
                    params.put("k_" + c.name(), v);
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Update buildUpdate(Table table, List<ColumnAttribute> set, @Nullable ColumnAttribute version) {
        Map<Object, Object> values = new LinkedHashMap<>();
        for (ColumnAttribute a : set) {
            values.put(a.column(), Sql.bindParam("s_" + a.column().name(), (dev.ormkit.schema.SqlType) a.column().type()));
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
        return new StaleDataException(statement + " of " + s.describe() + " in table " + table.name()
                + " matched no row" + (version != null
                ? ": its version is no longer " + version + "; another transaction changed or deleted it since it was loaded"
                : ": the row was deleted by another transaction")
                + ". Reload it (session.refresh) and apply the change again");
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
            connection.execute(stmt, rows.get(0));
        } else {
            connection.execute(stmt, rows);
        }
    }

    /** INSERTs association rows in multi-row statements. */
    void insertAssociationRows(Table table, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            connection.execute(Sql.insert(table), rows);
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
