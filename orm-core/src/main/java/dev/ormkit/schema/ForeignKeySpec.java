package dev.ormkit.schema;

import dev.ormkit.exc.ArgumentException;

/** The target of a column's foreign key, {@code table.column}, with its referential actions. */
public record ForeignKeySpec(String table, String column, ReferentialAction onDelete, ReferentialAction onUpdate) {

    /** Parses {@code "table.column"}. */
    public static ForeignKeySpec parse(String target) {
        int dot = target.lastIndexOf('.');
        if (dot <= 0 || dot == target.length() - 1) {
            throw new ArgumentException("A foreign key target is written \"table.column\", got \"" + target + "\"");
        }
        return new ForeignKeySpec(target.substring(0, dot), target.substring(dot + 1),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
    }

    /** This key with ON DELETE {@code action}. */
    public ForeignKeySpec onDelete(ReferentialAction action) {
        return new ForeignKeySpec(table, column, action, onUpdate);
    }

    /** This key with ON UPDATE {@code action}. */
    public ForeignKeySpec onUpdate(ReferentialAction action) {
        return new ForeignKeySpec(table, column, onDelete, action);
    }
}
