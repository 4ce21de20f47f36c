package dev.ormkit.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.MappingException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.SqlType;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.TableElement;

/**
 * The association tables of many-to-many relationships: one declared by the application
 * ({@link Mappings#declareAssociationTable}) or else one created from the two primary keys,
 * {@code post_tags(post_id -> posts.id, tag_id -> tags.id)}, shared by both sides.
 */
final class AssociationTables {
    private static final Map<String, Table> DECLARED = new ConcurrentHashMap<>();
    /** Created tables, keyed by name and the two classes, so unrelated models may reuse a name. */
    private static final Map<List<Object>, Table> CREATED = new ConcurrentHashMap<>();

    private AssociationTables() {
    }

    static void declare(Table table) {
        Table old = DECLARED.putIfAbsent(table.name(), table);
        if (old != null && old != table) {
            throw new ArgumentException("Association table " + table.name() + " is already declared");
        }
    }

    static Table forRelationship(EntityMapping<?> owner, EntityMapping<?> target, String name, RelationshipAttribute r) {
        Table declared = DECLARED.get(name);
        if (declared != null) {
            return declared;
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
        List<Object> key = List.of(name, first.rootType(), second.rootType());
        EntityMapping<?> f = first;
        EntityMapping<?> s = second;
        return CREATED.computeIfAbsent(key, k -> create(name, f, s));
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
