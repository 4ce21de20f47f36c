package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.sql.BindParam;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;

/**
 * The SELECT of one object by primary key, for {@link Session#get}: built once per mapping,
 * with the key columns compared to named parameters, so a get only supplies the key's values.
 */
final class KeySelect {
    private final Select select;
    private final String[] names;

    @SuppressWarnings({"unchecked", "rawtypes"})
    KeySelect(EntityMapping<?> mapping) {
        List<ColumnAttribute> pk = mapping.primaryKey();
        names = new String[pk.size()];
        List<Expression<Boolean>> where = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = "pk" + i;
            Expression column = pk.get(i).column();
            where.add(column.eq(BindParam.named(names[i], column.type())));
        }
        Expression<Boolean> criterion = mapping.discriminatorCriterion();
        if (criterion != null) {
            where.add(criterion);
        }
        select = Sql.select(mapping.clause()).where(where);
    }

    Select select() {
        return select;
    }

    /** The parameter values of the key {@code values}, in primary key order. */
    Map<String, @Nullable Object> parameters(Object[] values) {
        if (values.length == 1) {
            return java.util.Collections.singletonMap(names[0], values[0]);
        }
        Map<String, @Nullable Object> out = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(names[i], values[i]);
        }
        return out;
    }
}
