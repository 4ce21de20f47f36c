package dev.ormkit.spring.data;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.Sql;
import org.springframework.data.domain.Sort;

/** Spring Data's {@link Sort} as ORDER BY items over a mapped class's columns. */
public final class OrmSorts {
    private OrmSorts() {
    }

    /**
     * The ORDER BY items of {@code sort}, in order.
     *
     * @throws IllegalArgumentException naming the property when it is not a column attribute of the class
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<OrderByItem> orderBy(EntityMapping<?> mapping, Sort sort) {
        List<OrderByItem> items = new ArrayList<>();
        for (Sort.Order order : sort) {
            ColumnAttribute a = mapping.findColumnAttribute(order.getProperty());
            if (a == null) {
                throw new IllegalArgumentException("Cannot sort " + mapping.type().getSimpleName() + " by '"
                        + order.getProperty() + "': it is not a column attribute of the class");
            }
            Expression column = a.column();
            if (order.isIgnoreCase()) {
                column = Sql.func.lower(column);
            }
            items.add(order.isAscending() ? column.asc() : column.desc());
        }
        return items;
    }
}
