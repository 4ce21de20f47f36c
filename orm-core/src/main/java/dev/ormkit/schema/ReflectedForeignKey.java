package dev.ormkit.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A foreign key as the database reports it (SQLite does not keep foreign key names). */
public record ReflectedForeignKey(@Nullable String name, List<String> columns, String referredTable,
                                  List<String> referredColumns, ReferentialAction onDelete,
                                  ReferentialAction onUpdate) {
    /** Copies the column lists. */
    public ReflectedForeignKey {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
    }
}
