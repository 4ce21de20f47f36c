package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;

/**
 * The named parameters ({@code k_<column>}) that find the row of one table for an object of one
 * mapping by its primary key as the database has it: the baseline value, in case the program
 * changed the key. Worked out once per batch, so each row only reads its values.
 */
final class RowKey {
    private final List<String> names = new ArrayList<>();
    /** Per parameter: the key attribute, and its index into the mapping's column attributes. */
    private final List<ColumnAttribute> attributes = new ArrayList<>();
    private final List<Integer> indexes = new ArrayList<>();

    RowKey(EntityMapping<?> mapping, Table table) {
        List<ColumnAttribute> attrs = mapping.columnAttributes();
        for (Column<?> c : table.primaryKey()) {
            for (ColumnAttribute k : mapping.primaryKey()) {
                if (k.column().name().equals(c.name())) {
                    names.add("k_" + c.name());
                    attributes.add(k);
                    indexes.add(attrs.indexOf(k));
                }
            }
        }
    }

    /** The key parameters' names, in the order {@link #fill} sets them. */
    List<String> names() {
        return names;
    }

    /** Sets the key parameters of {@code s}'s row into {@code row}, from position {@code from} on. */
    void fill(InstanceState s, ParameterRow row, int from) {
        boolean committed = s.hasCommittedValues();
        for (int i = 0; i < names.size(); i++) {
            row.set(from + i, committed ? s.committedValue(indexes.get(i)) : attributes.get(i).get(s.entity()));
        }
    }

    /** Puts the key parameters of {@code s}'s row into {@code params}. */
    void put(InstanceState s, Map<String, Object> params) {
        boolean committed = s.hasCommittedValues();
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), committed ? s.committedValue(indexes.get(i)) : attributes.get(i).get(s.entity()));
        }
    }
}
