package dev.ormkit.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.ormkit.exc.MappingException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.sql.SqlType;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.TableElement;

/**
 * The association tables of many-to-many relationships: one the application declared in the
 * MetaData it gives its session factory ({@code metadata.table("post_tags", ...)}) or else one
 * created from the two primary keys, {@code post_tags(post_id -> posts.id, tag_id -> tags.id)},
 * shared by both sides.
 *
 * <p>Nothing here is process-wide: declarations arrive with each {@link Mappings#validate(List,
 * Collection)} call, and a created table is cached on the classes it links (a {@link ClassValue},
 * dropped with them), so two factories with different models may both use {@code post_tags}.
 */
final class AssociationTables {
    /** Created tables by name and second class, cached on the first class. */
    private static final ClassValue<Map<List<Object>, Table>> CREATED = new ClassValue<>() {
        @Override
        protected Map<List<Object>, Table> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private AssociationTables() {
    }

    /**
     * The association table {@code name} of {@code r}: the one in {@code declared}, else the one
     * created for the two classes.
     */
    static Table forRelationship(EntityMapping<?> owner, EntityMapping<?> target, String name, RelationshipAttribute r,
                                 Map<String, Table> declared) {
        Table given = declared.get(name);
        if (given != null) {
            return given;
        }
        if (owner.root() == target.root()) {
            throw MappingException.at(r.owner(), r.name(), "a self-referential many-to-many needs a declared association table",
                    "Declare " + name + " in Core and register it with Mappings.declareAssociationTable(table)");
        }
        EntityMapping<?> first = owner;
        EntityMapping<?> second = target;
        // the side the name starts with comes first (post_tags: post_id, tag_id), else alphabetical
        String a = Names.snakeCase(owner.rootType().getSimpleName());
        String b = Names.snakeCase(target.rootType().getSimpleName());
        boolean swap = name.startsWith(b) && !name.startsWith(a) || !name.startsWith(a) && a.compareTo(b) > 0;
        if (swap) {
            first = target;
            second = owner;
        }
        List<Object> key = List.of(name, second.rootType());
        EntityMapping<?> f = first;
        EntityMapping<?> s = second;
        return CREATED.get(first.rootType()).computeIfAbsent(key, k -> create(name, f, s));
    }

    /**
     * Whether {@code used}, the table a relationship was resolved against, serves as the
     * declaration {@code declared}: the same table, or one of the same name and columns (a
     * second MetaData declaring the same model's table again, as parallel tests do).
     */
    static boolean sameTable(Table used, Table declared) {
        if (used == declared) {
            return true;
        }
        if (!used.name().equals(declared.name()) || used.columns().size() != declared.columns().size()) {
            return false;
        }
        for (int i = 0; i < used.columns().size(); i++) {
            Column<?> a = used.columns().get(i);
            Column<?> b = declared.columns().get(i);
            if (!a.name().equals(b.name()) || a.isPrimaryKey() != b.isPrimaryKey()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Table create(String name, EntityMapping<?> first, EntityMapping<?> second) {
        List<TableElement> columns = new ArrayList<>();
        for (EntityMapping<?> side : List.of(first, second)) {
            Table referred = side.root().table();
            String prefix = Names.snakeCase(side.rootType().getSimpleName());
            for (Column<?> pk : referred.primaryKey()) {
                columns.add(Column.of(prefix + "_" + pk.name(), (SqlType) pk.type()).primaryKey().autoincrement(false)
                        .foreignKey(referred.name() + "." + pk.name()));
            }
        }
        return new MetaData().table(name, columns.toArray(new TableElement[0]));
    }
}
