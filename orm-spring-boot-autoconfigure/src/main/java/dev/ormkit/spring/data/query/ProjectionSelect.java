package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Row;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.orm.Query;
import dev.ormkit.orm.Session;
import dev.ormkit.sql.Expression;
import org.jspecify.annotations.Nullable;
import org.springframework.data.core.PropertyPath;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.projection.ProjectionFactory;

/**
 * The SELECT list of a closed projection of a derived query: one labelled column per projected
 * property and nothing else, so a projection reads only what it shows. A property may reach
 * through to-one relationships ({@code getWriterName()} is {@code writer.name}), which become
 * LEFT OUTER joins. Rows come back as the projection through {@link ProjectionRows}.
 */
final class ProjectionSelect {
    private final PropertyJoins joins;
    private final List<Expression<?>> columns;
    private final ProjectionRows rows;

    private ProjectionSelect(PropertyJoins joins, List<Expression<?>> columns, ProjectionRows rows) {
        this.joins = joins;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * The select of {@code type} over the rows of {@code root} filtered through {@code criteria}'s
     * joins, or null when a property is no column reachable through to-one relationships (an open
     * projection, a nested projection): then the objects are loaded and projected by Spring Data.
     */
    static @Nullable ProjectionSelect of(Class<?> type, ProjectionFactory factory, EntityMapping<?> root,
                                         PropertyJoins criteria, String method) {
        if (type.isInterface() && !factory.getProjectionInformation(type).isClosed()) {
            return null;
        }
        ProjectionRows rows = new ProjectionRows(type, factory);
        PropertyJoins joins = criteria.copy();
        List<Expression<?>> columns = new ArrayList<>();
        for (String property : rows.propertyNames()) {
            PropertyPath path;
            try {
                path = PropertyPath.from(property, root.type());
            } catch (PropertyReferenceException notAProperty) {
                return null;
            }
            ColumnAttribute column = joins.resolveProjected(path, method);
            if (column == null) {
                return null;
            }
            columns.add(column.column().label(property));
        }
        return new ProjectionSelect(joins, columns, rows);
    }

    /** True when the projection's joins may repeat rows. */
    boolean repeatsRows() {
        return joins.repeatsRows();
    }

    /** A row query of the projected columns, then {@code extra} ones (keys for scrolling), with the joins. */
    Query<Row> query(Session session, List<? extends Expression<?>> extra) {
        List<Object> selected = new ArrayList<>(columns);
        selected.addAll(extra);
        Object first = selected.get(0);
        return joins.apply(session.query(first, selected.subList(1, selected.size()).toArray()));
    }

    /** The projection of one row. */
    Object project(Object row) {
        return rows.project((Row) row);
    }
}
