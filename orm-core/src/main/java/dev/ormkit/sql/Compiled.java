package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.Collections;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A statement compiled for one dialect: SQL text with {@code ?} placeholders, the bind
 * parameters in placeholder order, and the keys and types of the result columns. Immutable
 * and reusable: {@link #bind} only resolves values.
 *
 * <p>A dialect compiles each statement shape once ({@link CacheKey}); the {@code Compiled} it
 * returns for a later statement of the same shape shares the SQL text and result description
 * and carries that statement's own parameters.
 */
public final class Compiled {
    private final String sql;
    private final List<BindParam<?>> parameters;
    private final int[] placeholderOffsets;
    private final List<String> resultKeys;
    private final List<@Nullable SqlType<?>> resultTypes;
    private final StatementKind kind;
    private final boolean returnsRows;
    private final int @Nullable [] valuesGroup;
    private final boolean shapeOnly;
    /**
     * How many rows a statement of this shape returned when it was last read, shared by every
     * compilation of the shape ({@link #withParameters}); -1 before the first. Only a hint, for
     * sizing what the next one's rows go into: read and written without synchronisation.
     */
    private final int[] rowsLastRead;

    Compiled(String sql, List<BindParam<?>> parameters, int[] placeholderOffsets, List<String> resultKeys,
             List<@Nullable SqlType<?>> resultTypes, StatementKind kind, boolean returnsRows,
             int @Nullable [] valuesGroup, boolean shapeOnly) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
        this.placeholderOffsets = placeholderOffsets;
        this.resultKeys = List.copyOf(resultKeys);
        this.resultTypes = Collections.unmodifiableList(new ArrayList<>(resultTypes));
        this.kind = kind;
        this.returnsRows = returnsRows;
        this.valuesGroup = valuesGroup == null ? null : valuesGroup.clone();
        this.shapeOnly = shapeOnly;
        this.rowsLastRead = new int[] {-1};
    }

    /** Shares everything of {@code template} but the parameters, which are already immutable. */
    private Compiled(Compiled template, List<BindParam<?>> parameters) {
        this.sql = template.sql;
        this.parameters = parameters;
        this.placeholderOffsets = template.placeholderOffsets;
        this.resultKeys = template.resultKeys;
        this.resultTypes = template.resultTypes;
        this.kind = template.kind;
        this.returnsRows = template.returnsRows;
        this.valuesGroup = template.valuesGroup;
        this.shapeOnly = template.shapeOnly;
        this.rowsLastRead = template.rowsLastRead;
    }

    /**
     * This compilation for another statement of the same shape: same SQL, that statement's
     * parameters ({@code parameters}, in placeholder order, one per {@code ?}).
     */
    Compiled withParameters(BindParam<?>[] parameters) {
        if (parameters.length != this.parameters.size()) {
            throw new IllegalArgumentException("Expected " + this.parameters.size() + " parameters, got "
                    + parameters.length + " for: " + sql);
        }
        return new Compiled(this, Collections.unmodifiableList(Arrays.asList(parameters)));
    }

    /** False when the SQL text may depend on more than the statement's shape; then it is not reused. */
    boolean shapeOnly() {
        return shapeOnly;
    }

    /** The SQL text, with {@code ?} placeholders. */
    public String sql() {
        return sql;
    }

    /** The bind parameters, one per placeholder, in order. */
    public List<BindParam<?>> parameters() {
        return parameters;
    }

    /** Result column names, in order (labels, or column names). */
    public List<String> resultKeys() {
        return resultKeys;
    }

    /** Result column SQL types where known (null where not). */
    public List<@Nullable SqlType<?>> resultTypes() {
        return resultTypes;
    }

    /** What kind of statement this is. */
    public StatementKind kind() {
        return kind;
    }

    /**
     * How many rows the last statement of this shape that was read in full returned, or -1: a
     * hint for sizing what the rows of the next one go into, never a promise.
     */
    public int rowsLastRead() {
        return rowsLastRead[0];
    }

    /** Records how many rows a statement of this shape returned (see {@link #rowsLastRead()}). */
    public void rowsLastRead(int rows) {
        rowsLastRead[0] = rows;
    }

    /** True for a SELECT, or a DML statement with RETURNING. */
    public boolean returnsRows() {
        return returnsRows;
    }

    /**
     * Resolves every parameter's value: a parameter's own value, or the value of its name in
     * {@code named}. A named value that is a collection expands to {@code (?, ?, ...)}, one placeholder per
     * element, for {@code IN :name}.
     *
     * @throws ArgumentException when a named parameter has no value, naming it
     */
    public BoundStatement bind(Map<String, ?> named) {
        return bind(named, CollectionBinding.PER_ELEMENT);
    }

    /**
     * {@link #bind(Map)}, with a collection given for {@code IN :name} bound as {@code collections}
     * decides: as one value where the database binds long collections whole, else expanded.
     */
    public BoundStatement bind(Map<String, ?> named, CollectionBinding collections) {
        List<@Nullable Object> values = new ArrayList<>(parameters.size());
        List<@Nullable SqlType<?>> types = new ArrayList<>(parameters.size());
        StringBuilder expanded = null;
        int copiedUpTo = 0;
        for (int i = 0; i < parameters.size(); i++) {
            BindParam<?> p = parameters.get(i);
            Object value;
            if (p.hasValue()) {
                value = p.value();
            } else {
                String name = p.name();
                if (!named.containsKey(name)) {
                    throw new ArgumentException("A value is required for bind parameter '" + name + "'"
                            + " in: " + sql + (named.isEmpty() ? "" : " (given: " + named.keySet() + ")"));
                }
                value = named.get(name);
            }
            if (value instanceof Collection<?> many && !p.hasValue()) {
                if (expanded == null) {
                    expanded = new StringBuilder(sql.length() + 16);
                }
                int at = placeholderOffsets[i];
                expanded.append(sql, copiedUpTo, at);
                // "WHERE x IN :ids" becomes "x IN (?, ?, ?)"; an empty collection becomes
                // "(NULL)", which matches no row
                CollectionBinding.Whole whole = many.isEmpty() ? null : collections.bindWhole(many, p.type());
                if (many.isEmpty()) {
                    expanded.append("(NULL)");
                } else if (whole != null) {
                    expanded.append(whole.sql());
                    values.add(whole.value());
                    types.add(null);
                } else {
                    expanded.append('(');
                    for (int k = 0; k < many.size(); k++) {
                        expanded.append(k == 0 ? "?" : ", ?");
                    }
                    expanded.append(')');
                    for (Object v : many) {
                        values.add(v);
                        types.add(p.type());
                    }
                }
                copiedUpTo = at + 1;
                continue;
            }
            values.add(value);
            types.add(p.type());
        }
        String finalSql = sql;
        if (expanded != null) {
            expanded.append(sql, copiedUpTo, sql.length());
            finalSql = expanded.toString();
        }
        return new BoundStatement(finalSql, values, types, this);
    }

    // --- multi-row INSERT from a one-row template ---------------------------------------------

    /**
     * True for a one-row INSERT whose {@code (?, ?, ...)} group can be repeated: the template
     * {@link #sqlForRows} and {@link #bindRows} expand into a multi-row statement.
     */
    public boolean hasValuesGroup() {
        return valuesGroup != null;
    }

    /** How many parameters one VALUES row carries. */
    public int parametersPerRow() {
        return requireGroup()[3] - requireGroup()[2];
    }

    /**
     * The SQL of this one-row INSERT with its VALUES group repeated {@code rows} times; a full
     * batch size asked again gives an equal string, so callers may keep it.
     */
    public String sqlForRows(int rows) {
        int[] g = requireGroup();
        String group = sql.substring(g[0], g[1]);
        StringBuilder out = new StringBuilder(sql.length() + (group.length() + 2) * (rows - 1));
        out.append(sql, 0, g[1]);
        for (int r = 1; r < rows; r++) {
            out.append(", ").append(group);
        }
        return out.append(sql, g[1], sql.length()).toString();
    }

    /**
     * Binds {@code rows} into {@code sqlForRows(rows.size())}: the group's named parameters
     * take each row's values in turn; parameters outside the group (an upsert's SET constants)
     * bind once, named ones from the first row.
     *
     * @throws ArgumentException when a row lacks a value for one of the group's parameters
     */
    public BoundStatement bindRows(String expandedSql, List<? extends Map<String, ?>> rows) {
        int[] g = requireGroup();
        int perRow = g[3] - g[2];
        int total = parameters.size() - perRow + perRow * rows.size();
        List<@Nullable Object> values = new ArrayList<>(total);
        List<@Nullable SqlType<?>> types = new ArrayList<>(total);
        Map<String, ?> first = rows.get(0);
        for (int i = 0; i < g[2]; i++) {
            add(parameters.get(i), first, values, types);
        }
        for (Map<String, ?> row : rows) {
            for (int i = g[2]; i < g[3]; i++) {
                add(parameters.get(i), row, values, types);
            }
        }
        for (int i = g[3]; i < parameters.size(); i++) {
            add(parameters.get(i), first, values, types);
        }
        return new BoundStatement(expandedSql, values, types, this);
    }

    private void add(BindParam<?> p, Map<String, ?> named, List<@Nullable Object> values,
                     List<@Nullable SqlType<?>> types) {
        if (p.hasValue()) {
            values.add(p.value());
        } else {
            String name = p.name();
            if (!named.containsKey(name)) {
                throw new ArgumentException("A value is required for bind parameter '" + name + "' in: " + sql
                        + " (given: " + named.keySet() + ")");
            }
            values.add(named.get(name));
        }
        types.add(p.type());
    }

    private int[] requireGroup() {
        if (valuesGroup == null) {
            throw new IllegalStateException("Not a one-row INSERT ... VALUES: " + sql);
        }
        return valuesGroup;
    }

    @Override
    public String toString() {
        return sql;
    }

    /** SQL ready to send, with its parameter values (and their declared types, where known). */
    public record BoundStatement(String sql, List<@Nullable Object> values, List<@Nullable SqlType<?>> types,
                                 Compiled compiled) {
    }
}
