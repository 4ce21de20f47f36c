package dev.ormkit.mapping;

import java.util.List;
import dev.ormkit.schema.Column;
import dev.ormkit.sql.EntitySelectable;
import dev.ormkit.sql.FromClause;

/** A mapped class in a SELECT list ({@code select(User.class)}): its columns; a session reads objects back. */
public final class EntityClause extends EntitySelectable {
    private final EntityMapping<?> mapping;

    EntityClause(EntityMapping<?> mapping) {
        this.mapping = mapping;
    }

    /** The mapping of the selected class. */
    public EntityMapping<?> mapping() {
        return mapping;
    }

    @Override
    public Class<?> entityType() {
        return mapping.type();
    }

    @Override
    public FromClause table() {
        return mapping.selectable();
    }

    @Override
    public List<Column<?>> selectedColumns() {
        return mapping.selectedColumns();
    }

    @Override
    public String toString() {
        return "Entity(" + mapping.type().getSimpleName() + ")";
    }
}
