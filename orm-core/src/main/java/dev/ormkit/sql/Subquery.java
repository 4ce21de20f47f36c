package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.ormkit.exc.ArgumentException;

/** A SELECT used as a derived table: {@code (SELECT ...) AS name}, or {@code LATERAL (SELECT ...) AS name}. */
public final class Subquery extends FromClause implements NamedFrom {
    private final Executable select;
    private final String name;
    private final boolean lateral;
    private final Map<String, DerivedColumn<?>> columns = new LinkedHashMap<>();

    Subquery(Executable select, String name, List<String> columnNames, List<Expression<?>> columnTypes) {
        this(select, name, columnNames, columnTypes, false);
    }

    Subquery(Executable select, String name, List<String> columnNames, List<Expression<?>> columnTypes,
             boolean lateral) {
        this.select = select;
        this.name = name;
        this.lateral = lateral;
        for (int i = 0; i < columnNames.size(); i++) {
            columns.put(columnNames.get(i), derive(columnNames.get(i), columnTypes.get(i)));
        }
    }

    private <T> DerivedColumn<T> derive(String columnName, Expression<T> source) {
        return new DerivedColumn<>(this, columnName, source.type());
    }

    /** The SELECT (or compound SELECT) inside. */
    public Executable select() {
        return select;
    }

    /** The name the derived table is known by in the enclosing query. */
    public String name() {
        return name;
    }

    /** True for a {@code LATERAL} derived table, which may refer to the FROM clauses left of it. */
    public boolean isLateral() {
        return lateral;
    }

    @Override
    public String fromName() {
        return name;
    }

    /** The derived table's column named {@code columnName}. */
    @SuppressWarnings("unchecked")
    public <T> DerivedColumn<T> c(String columnName) {
        DerivedColumn<?> c = columns.get(columnName);
        if (c == null) {
            throw new ArgumentException("Subquery " + name + " has no column " + columnName
                    + "; its columns are " + columns.keySet());
        }
        return (DerivedColumn<T>) c;
    }

    @Override
    public List<DerivedColumn<?>> exportedColumns() {
        return new ArrayList<>(columns.values());
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept((ClauseElement) select);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Subquery.class).add(name).add(lateral).element((ClauseElement) select);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitSubquery(this);
    }
}
