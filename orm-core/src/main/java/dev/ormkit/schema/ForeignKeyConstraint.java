package dev.ormkit.schema;

import java.util.List;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A (possibly composite) foreign key of a table: local columns referencing columns of another
 * table. A key that closes a dependency cycle between tables is found by
 * {@link MetaData#createAll} and created after the tables; nothing needs to mark it.
 */
public record ForeignKeyConstraint(@Nullable String name, List<String> columns, String referredTable,
                                   List<String> referredColumns, ReferentialAction onDelete,
                                   ReferentialAction onUpdate) implements TableElement {
    /**
     * Copies the column lists.
     *
     * @throws dev.ormkit.exc.ArgumentException when the key names no columns, or not as many local as referred columns
     */
    public ForeignKeyConstraint {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
        if (columns.size() != referredColumns.size() || columns.isEmpty()) {
            throw new ArgumentException("Foreign key " + columns + " -> " + referredTable
                    + referredColumns + " must name as many local as referred columns");
        }
    }
}
