package dev.ormkit.sql;

import java.util.List;
import java.util.Set;

/**
 * A mapped class inside a SELECT list: renders its columns; a session turns its rows back
 * into objects. Made by the mapping layer through {@link EntityResolver}.
 */
public abstract class EntitySelectable extends ClauseElement {

    /** The mapped class. */
    public abstract Class<?> entityType();

    /** The FROM clause the entity's columns come from. */
    public abstract FromClause table();

    /** The columns selected for the entity, in the order rows are read back. */
    public abstract List<? extends Expression<?>> selectedColumns();

    @Override
    public void collectFroms(Set<FromClause> froms) {
        froms.add(table());
    }

    /** The mapped class, its FROM clause and the selected columns: all the SQL depends on. */
    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(getClass()).add(entityType()).element(table()).elements(selectedColumns());
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitEntity(this);
    }
}
