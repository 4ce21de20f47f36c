package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.BindParam;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;

/**
 * The SELECTs that lazy and selectin loads run over and over, built once per session factory:
 * per relationship (or proxied class) and per number of keys, the keys compared to named
 * parameters. A load then only supplies values: no SQL tree is built, and the engine finds the
 * same statement object compiled. Key counts are rounded up to a few sizes (powers of two,
 * capped at what the caller can ask for) and the list padded by repeating its last key, so a
 * relationship has a handful of statements rather than one per batch length.
 */
final class LoadStatements {
    private final Map<RelationshipAttribute, Map<Integer, Keyed>> relationships = new ConcurrentHashMap<>();
    private final Map<EntityMapping<?>, Map<Integer, Keyed>> rows = new ConcurrentHashMap<>();

    /** The number of keys a statement is built for, to load {@code keys} keys: a power of two, at most {@code cap}. */
    static int size(int keys, int cap) {
        int size = Integer.highestOneBit(Math.max(1, keys));
        if (size < keys) {
            size <<= 1;
        }
        return Math.max(keys, Math.min(size, cap));
    }

    /**
     * {@code r}'s related rows for {@code size} owner keys, with the key columns selected after the
     * related objects' own (a many-to-many reads them from the association table it joins).
     */
    Keyed relationship(RelationshipAttribute r, int size) {
        return relationships.computeIfAbsent(r, x -> new ConcurrentHashMap<>())
                .computeIfAbsent(size, n -> relationshipSelect(r, n));
    }

    /** The rows of {@code mapping} for {@code size} primary keys: the batched form of {@link KeySelect}. */
    Keyed rows(EntityMapping<?> mapping, int size) {
        return rows.computeIfAbsent(mapping, x -> new ConcurrentHashMap<>())
                .computeIfAbsent(size, n -> rowsSelect(mapping, n));
    }

    private static Keyed relationshipSelect(RelationshipAttribute r, int size) {
        EntityMapping<?> target = r.target();
        List<Object> columns = new ArrayList<>();
        columns.add(target.clause());
        List<Expression<?>> keyColumns = new ArrayList<>();
        for (ColumnPair p : r.pairs()) {
            keyColumns.add(p.remote());
            columns.add(p.remote());
        }
        return Keyed.of(keyColumns, size, condition -> {
            Select select = Sql.select(columns.toArray());
            if (r.direction() == Direction.MANY_TO_MANY) {
                select = select.join(Objects.requireNonNull(r.secondary()), Objects.requireNonNull(r.secondaryJoin()));
            }
            select = select.where(condition);
            Expression<Boolean> criterion = target.discriminatorCriterion();
            if (criterion != null) {
                select = select.where(criterion);
            }
            if (!r.orderBy().isEmpty()) {
                select = select.orderBy(r.orderBy().toArray(new ClauseElement[0]));
            }
            return select;
        });
    }

    private static Keyed rowsSelect(EntityMapping<?> mapping, int size) {
        List<Expression<?>> keyColumns = new ArrayList<>();
        for (ColumnAttribute a : mapping.primaryKey()) {
            keyColumns.add(a.column());
        }
        return Keyed.of(keyColumns, size, condition -> {
            Select select = Sql.select(mapping.clause()).where(condition);
            Expression<Boolean> criterion = mapping.discriminatorCriterion();
            return criterion == null ? select : select.where(criterion);
        });
    }

    /**
     * A SELECT whose WHERE compares its key columns to {@code size} keys of named parameters:
     * {@code col IN (:k0_0, :k1_0, ...)} for one column, {@code (a = :k0_0 AND b = :k0_1) OR ...}
     * for several.
     */
    static final class Keyed {
        private final String[][] names;
        private final Select select;

        private Keyed(String[][] names, Select select) {
            this.names = names;
            this.select = select;
        }

        /** The statement {@code build} makes around the condition on {@code size} keys of {@code keyColumns}. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        static Keyed of(List<Expression<?>> keyColumns, int size, Function<Expression<Boolean>, Select> build) {
            int width = keyColumns.size();
            String[][] names = new String[size][width];
            List<BindParam<?>> single = new ArrayList<>(size);
            List<Expression<Boolean>> alternatives = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                List<Expression<Boolean>> parts = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    names[k][c] = "k" + k + "_" + c;
                    Expression column = keyColumns.get(c);
                    BindParam<?> p = BindParam.named(names[k][c], column.type());
                    single.add(p);
                    parts.add(column.eq((Expression) p));
                }
                alternatives.add(Sql.and(parts));
            }
            Expression<Boolean> condition = width == 1 ? ((Expression) keyColumns.get(0)).in((List) single)
                    : Sql.or(alternatives);
            return new Keyed(names, build.apply(condition));
        }

        Select select() {
            return select;
        }

        /** How many keys the statement takes. */
        int size() {
            return names.length;
        }

        /**
         * The parameter values of {@code keys} (at most {@link #size()}, each in key column order);
         * the slots left over repeat the last key, which matches nothing more.
         */
        Map<String, @Nullable Object> parameters(List<? extends Object[]> keys) {
            Map<String, @Nullable Object> out = new HashMap<>(names.length * names[0].length * 4 / 3 + 1);
            for (int k = 0; k < names.length; k++) {
                Object[] key = keys.get(Math.min(k, keys.size() - 1));
                for (int c = 0; c < key.length; c++) {
                    out.put(names[k][c], key[c]);
                }
            }
            return out;
        }
    }
}
