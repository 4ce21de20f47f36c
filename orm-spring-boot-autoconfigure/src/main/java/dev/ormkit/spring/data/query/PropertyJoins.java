package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.orm.Query;
import dev.ormkit.schema.Table;
import org.jspecify.annotations.Nullable;
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
    /** Paths joined only to read a projected value: LEFT OUTER, so a missing parent keeps the row. */
    private final Set<String> outer = new HashSet<>();
    private boolean repeatsRows;

    PropertyJoins(EntityMapping<?> root) {
        this.root = root;
    }

    /** A copy to add more joins to (a projection's), this one left as it is. */
    PropertyJoins copy() {
        PropertyJoins copy = new PropertyJoins(root);
        copy.joins.putAll(joins);
        copy.outer.addAll(outer);
        copy.repeatsRows = repeatsRows;
        return copy;
    }

    /** The column attribute at the end of {@code path}, its relationships remembered as joins. */
    ColumnAttribute resolve(PropertyPath path, String method) {
        EntityMapping<?> current = walk(path, method, false);
        PropertyPath segment = path.getLeafProperty();
        ColumnAttribute column = current.findColumnAttribute(segment.getSegment());
        if (column == null) {
            throw new IllegalStateException(method + ": '" + segment.getSegment() + "' (in '" + path.toDotPath()
                    + "') is not a column attribute of " + current.type().getSimpleName() + "; derived queries compare"
                    + " columns, reach other classes' columns through relationships (author.name)");
        }
        return column;
    }

    /**
     * The column at the end of {@code path} for a projected value, or null when the path does not
     * end at a column; joins on the way are outer ones and may not go through collections (a
     * projection is one row per object).
     */
    @Nullable ColumnAttribute resolveProjected(PropertyPath path, String method) {
        EntityMapping<?> current = root;
        for (PropertyPath segment = path; segment.hasNext(); segment = segment.next()) {
            RelationshipAttribute r = current.findRelationship(segment.getSegment());
            if (r == null || r.isCollection() || r.secondary() != null) {
                return null;
            }
            current = r.target();
        }
        if (current.findColumnAttribute(path.getLeafProperty().getSegment()) == null) {
            return null;
        }
        walk(path, method, true);
        return current.findColumnAttribute(path.getLeafProperty().getSegment());
    }

    /**
     * The relationship at the end of {@code path} ({@code novels} in {@code NovelsIsEmpty},
     * {@code writer} in {@code findByWriter}), the relationships before it joined; null when the
     * path ends at a column.
     */
    @Nullable RelationshipAttribute resolveRelationship(PropertyPath path, String method) {
        EntityMapping<?> current = root;
        for (PropertyPath segment = path; segment.hasNext(); segment = segment.next()) {
            RelationshipAttribute r = current.findRelationship(segment.getSegment());
            if (r == null) {
                return null;
            }
            current = r.target();
        }
        RelationshipAttribute leaf = current.findRelationship(path.getLeafProperty().getSegment());
        if (leaf != null) {
            walk(path, method, false);
        }
        return leaf;
    }

    /** Joins the relationships before the leaf of {@code path}; the mapping the leaf belongs to. */
    private EntityMapping<?> walk(PropertyPath path, String method, boolean outerJoin) {
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
            String key = prefix.toString();
            if (!joins.containsKey(key)) {
                joins.put(key, r);
                if (outerJoin) {
                    outer.add(key);
                }
            } else if (!outerJoin) {
                outer.remove(key); // a criterion needs the parent: the inner join wins
            }
            repeatsRows |= r.isCollection();
            current = r.target();
            segment = segment.next();
        }
        return current;
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
        for (Map.Entry<String, RelationshipAttribute> join : new ArrayList<>(joins.entrySet())) {
            RelationshipAttribute r = join.getValue();
            Table secondary = r.secondary();
            if (outer.contains(join.getKey())) {
                q = q.outerJoin(r.targetType(), r.primaryJoin());
            } else if (secondary != null) {
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
