package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * The INSERT parameters of one table for objects of one mapping. Which attributes write to the
 * table, which of them may be left out, the key columns a subclass table repeats and the
 * discriminator are worked out once per batch, so each row only reads its fields.
 */
final class InsertRows {
    private final Table table;
    /** The mapping's attributes of this table, in mapping order. */
    private final List<ColumnAttribute> attributes = new ArrayList<>();
    /** Per attribute: left out when null, for the database to fill (generated key, server default). */
    private final List<Boolean> omittable = new ArrayList<>();
    /** Joined inheritance: the subclass table's key columns, each with the root key attribute it repeats. */
    private final List<Map.Entry<String, ColumnAttribute>> repeatedKey = new ArrayList<>();
    private final @Nullable String discriminator;
    private final @Nullable Object discriminatorValue;

    InsertRows(EntityMapping<?> mapping, Table table, boolean rootTable) {
        this.table = table;
        for (ColumnAttribute a : mapping.columnAttributes()) {
            Column<?> c = a.column();
            if (c.table() == table) {
                attributes.add(a);
                omittable.add(a.isGenerated() || c.serverDefault() != null);
            }
        }
        if (!rootTable) {
            for (Column<?> c : table.primaryKey()) {
                for (ColumnAttribute k : mapping.primaryKey()) {
                    if (k.column().name().equals(c.name())) {
                        repeatedKey.add(Map.entry(c.name(), k));
                    }
                }
            }
        }
        Column<?> disc = mapping.discriminatorColumn();
        boolean writesDiscriminator = disc != null && disc.table() == table && mapping.attributeFor(disc) == null;
        this.discriminator = writesDiscriminator ? disc.name() : null;
        this.discriminatorValue = writesDiscriminator ? mapping.discriminatorValue() : null;
    }

    Table table() {
        return table;
    }

    /**
     * Sets in {@code omitted} (cleared first) the attributes {@code entity}'s row leaves out.
     * Rows with equal sets name the same columns.
     */
    void omitted(Object entity, BitSet omitted) {
        omitted.clear();
        for (int i = 0; i < attributes.size(); i++) {
            if (omittable.get(i) && attributes.get(i).get(entity) == null) {
                omitted.set(i);
            }
        }
    }

    /**
     * The columns of the rows that leave out the attributes set in {@code omitted} (as
     * {@link #omitted} sets them), in the order the rows name them, and where each value comes from.
     */
    Shape shape(BitSet omitted) {
        List<String> names = new ArrayList<>();
        List<@Nullable ColumnAttribute> sources = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (omitted.get(i)) {
                continue;
            }
            ColumnAttribute a = attributes.get(i);
            String name = a.column().name();
            int at = names.indexOf(name);
            if (at >= 0) {
                sources.set(at, a); // two attributes of one column: the later one's value is written
            } else {
                names.add(name);
                sources.add(a);
            }
        }
        for (Map.Entry<String, ColumnAttribute> k : repeatedKey) {
            if (!names.contains(k.getKey())) {
                names.add(k.getKey());
                sources.add(k.getValue());
            }
        }
        if (discriminator != null && !names.contains(discriminator)) {
            names.add(discriminator);
            sources.add(null);
        }
        return new Shape(new ParameterRow.Names(names), sources.toArray(new ColumnAttribute[0]));
    }

    /** The named parameters (column name to value) of {@code entity}'s row, of {@code shape}'s columns. */
    ParameterRow row(Object entity, Shape shape) {
        ParameterRow row = shape.names().newRow();
        ColumnAttribute[] sources = shape.sources();
        for (int i = 0; i < sources.length; i++) {
            ColumnAttribute a = sources[i];
            row.set(i, a == null ? discriminatorValue : a.get(entity));
        }
        return row;
    }

    /**
     * The columns rows of one group name, and per column the attribute whose value it takes
     * (null: the discriminator value).
     */
    record Shape(ParameterRow.Names names, @Nullable ColumnAttribute[] sources) {
    }
}
