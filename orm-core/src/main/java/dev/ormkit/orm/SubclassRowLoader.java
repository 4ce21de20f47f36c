package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.Row;
import dev.ormkit.event.Origin;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Sql;

/**
 * Polymorphic loading under joined inheritance: a query of a superclass reads only the
 * superclass's tables, and the rows that turn out (by their discriminator) to be subclass
 * objects still lack the subclass tables' columns. They are read right after the query, one
 * SELECT per subclass for all its objects (by key, in chunks), rather than by a join of every
 * subclass table into every query, as SQLAlchemy's {@code polymorphic_load="selectin"} does.
 */
final class SubclassRowLoader {
    private SubclassRowLoader() {
    }

    /** Reads the subclass columns of {@code states}; returns the number of statements run. */
    static int complete(SessionImpl session, List<InstanceState> states) {
        if (states.isEmpty()) {
            return 0;
        }
        Map<EntityMapping<?>, List<InstanceState>> byClass = new LinkedHashMap<>();
        for (InstanceState s : states) {
            byClass.computeIfAbsent(s.mapping(), k -> new ArrayList<>()).add(s);
        }
        int statements = 0;
        int chunk = session.factory.engine().dialect().keysPerSelectIn(); // keys per IN list
        for (Map.Entry<EntityMapping<?>, List<InstanceState>> e : byClass.entrySet()) {
            List<InstanceState> all = e.getValue();
            for (int from = 0; from < all.size(); from += chunk) {
                load(session, e.getKey(), all.subList(from, Math.min(all.size(), from + chunk)));
                statements++;
            }
        }
        states.clear();
        return statements;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void load(SessionImpl session, EntityMapping<?> mapping, List<InstanceState> states) {
        List<ColumnAttribute> pk = mapping.primaryKey();
        Expression<Boolean> where;
        if (pk.size() == 1) {
            List<Object> keys = new ArrayList<>();
            for (InstanceState s : states) {
                keys.add(pk.get(0).get(s.entity()));
            }
            where = ((Expression) pk.get(0).column()).in(keys);
        } else {
            List<Expression<Boolean>> any = new ArrayList<>();
            for (InstanceState s : states) {
                List<Expression<Boolean>> all = new ArrayList<>();
                for (ColumnAttribute k : pk) {
                    all.add(((Expression) k.column()).eq(k.get(s.entity())));
                }
                any.add(Sql.and(all));
            }
            where = Sql.or(any);
        }
        EntityRowLoader<?> reader = new EntityRowLoader<>(session, mapping, 0);
        int[] keyPositions = new int[pk.size()];
        List<dev.ormkit.schema.Column<?>> selected = mapping.selectedColumns();
        for (int i = 0; i < keyPositions.length; i++) {
            keyPositions[i] = selected.indexOf(pk.get(i).column());
        }
        for (Row row : OrmStatements.run(session, Sql.select(mapping.clause()).where(where), Origin.EAGER_LOAD,
                mapping.type()).all()) {
            Object[] key = new Object[pk.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = JdbcValues.convert(row.get(keyPositions[i]), pk.get(i).javaType());
            }
            EntityKey identity = mapping.keyFor(key.length == 1 ? key[0] : key);
            InstanceState s = session.objects.get(identity);
            if (s != null && s.mapping() == mapping) {
                reader.populate(s, row, false);
            }
        }
    }
}
