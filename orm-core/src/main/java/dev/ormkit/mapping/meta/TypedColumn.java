package dev.ormkit.mapping.meta;

import java.util.Set;
import java.util.function.Consumer;
import dev.ormkit.exc.MappingException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.schema.Column;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.SqlCompiler;
import org.jspecify.annotations.Nullable;

/**
 * A mapped attribute as an expression: {@code User_.username} stands for the {@code username}
 * column of the {@code users} table. The column is looked up on first use, so the metamodel's
 * static constants cost nothing until a query uses them; after that every call is a field read.
 *
 * @param <E> the mapped class
 * @param <T> the attribute's Java type
 */
public abstract class TypedColumn<E, T> extends Expression<T> {
    private final Class<E> entity;
    private final String attribute;
    private volatile @Nullable Column<T> column;

    protected TypedColumn(Class<E> entity, String attribute) {
        this.entity = entity;
        this.attribute = attribute;
    }

    /** The mapped class. */
    public Class<E> entity() {
        return entity;
    }

    /** The attribute (field) name. */
    public String attribute() {
        return attribute;
    }

    /** The mapping attribute this constant names. */
    public ColumnAttribute mappedAttribute() {
        if (!EntityMapping.isMapped(entity)) {
            throw MappingException.at(entity, attribute, entity.getSimpleName()
                    + " has no table of its own (a @MappedSuperclass?)", "Use the constant of a mapped subclass's metamodel instead");
        }
        return EntityMapping.of(entity).columnAttribute(attribute);
    }

    /** The table column. */
    @Override
    @SuppressWarnings("unchecked")
    public Column<T> unwrap() {
        Column<T> c = column;
        if (c == null) {
            c = (Column<T>) mappedAttribute().column();
            column = c;
        }
        return c;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return unwrap().type();
    }

    @Override
    public String defaultLabel() {
        return unwrap().defaultLabel();
    }

    /** Stands for its table column in a statement's shape, as it does in the SQL. */
    @Override
    protected ClauseElement cacheIdentity() {
        return unwrap();
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        unwrap().compileTo(compiler);
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        unwrap().forEachChild(visitor);
    }

    @Override
    public void collectFroms(Set<FromClause> froms) {
        unwrap().collectFroms(froms);
    }

    @Override
    public String toString() {
        return entity.getSimpleName() + "." + attribute;
    }
}
