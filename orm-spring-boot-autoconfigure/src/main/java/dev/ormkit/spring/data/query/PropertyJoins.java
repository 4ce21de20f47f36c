package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.orm.Query;
import dev.ormkit.schema.Table;
import org.springframework.data.core.PropertyPath;

/**
 * Resolves property paths of a derived query ({@code author.name}, {@code books.title}) to
 * the column at their end, collecting the relationship joins on the way, each path prefix
 * joined once. A join through a to-many relationship makes the query DISTINCT, since it would
 * repeat the root's rows. Paths are checked when the repository is made, so a typo fails at
 * start-up.
 */
final class PropertyJoins {
    private final EntityMapping<?> root;
    private final Map<String, RelationshipAttribute> joins = new LinkedHashMap<>();
    private boolean repeatsRows;

    PropertyJoins(EntityMapping<?> root) {
        this.root = root;
    }

    /** The column attribute at the end of {@code path}, its relationships remembered as joins. */
    ColumnAttribute resolve(PropertyPath path, String method) {
        EntityMapping<?> current = root;
        StringBuilder prefix = new StringBuilder();
        PropertyPath segment = path;
        while (segment.hasNext()) {
            String name = segment.getSegment();
            RelationshipAttribute r = current.findRelationship(name);
            if (r == null) {
                throw new IllegalStateException(method + ": '" + name + "' in property path '" + path.toDotPath()
                        + "' is not a relationship of " + current.type().getSimpleName()
                        + ", so the path cannot go through it");
            }
            prefix.append(prefix.isEmpty() ? "" : ".").append(name);
            joins.putIfAbsent(prefix.toString(), r);
            repeatsRows |= r.isCollection();
            current = r.target();
            segment = segment.next();
        }
        ColumnAttribute column = current.findColumnAttribute(segment.getSegment());
        if (column == null) {
            throw new IllegalStateException(method + ": '" + segment.getSegment() + "' (in '" + path.toDotPath()
                    + "') is not a column attribute of " + current.type().getSimpleName() + "; derived queries compare"
                    + " columns, reach other classes' columns through relationships (author.name)");
        }
        return column;
    }

    /** True when a to-many join may repeat the root's rows. */
    boolean repeatsRows() {
        return repeatsRows;
    }

    boolean isEmpty() {
        return joins.isEmpty();
    }

    /** {@code query} with the joins, in path order. */
    <T> Query<T> apply(Query<T> query) {
        Query<T> q = query;
        for (RelationshipAttribute r : new ArrayList<>(joins.values())) {
            Table secondary = r.secondary();
            if (secondary != null) {
                q = q.join(secondary, r.primaryJoin()).join(r.target().selectable(), r.secondaryJoin());
            } else {
                q = q.join(r.target().selectable(), r.primaryJoin());
            }
        }
        return q;
    }

    List<String> paths() {
        return List.copyOf(joins.keySet());
    }
}
