package dev.ormkit.dialect;

import java.util.Arrays;
import dev.ormkit.exc.LoadException;

/**
 * Stands in a result row for a column value that cannot become its column's Java type (a name
 * that is no constant of the column's enum, text that is no UUID). Reading the row goes on, so
 * the error can be raised where the value is asked for, naming the column, and by the ORM
 * naming the object's class, field and key too; the value is never replaced by another.
 */
public final class UnreadableValue {
    private final Object raw;
    private final Class<?> target;
    private final RuntimeException problem;

    UnreadableValue(Object raw, Class<?> target, RuntimeException problem) {
        this.raw = raw;
        this.target = target;
        this.problem = problem;
    }

    /** The value as the driver gave it. */
    public Object raw() {
        return raw;
    }

    /** The Java type the column is declared with. */
    public Class<?> target() {
        return target;
    }

    /** The error to raise when column {@code column} is read. */
    public LoadException error(String column) {
        return new LoadException("column '" + column + "' holds " + describe(), problem);
    }

    private String describe() {
        if (target.isEnum()) {
            return "'" + raw + "', which is not a constant of " + target.getName() + " (it has "
                    + Arrays.toString(target.getEnumConstants()) + "); enums are stored by name, so a renamed or"
                    + " removed constant leaves rows behind: update those rows or add the constant back";
        }
        return raw.getClass().getSimpleName() + " value '" + raw + "', which cannot become a " + target.getName()
                + " (" + problem.getMessage() + ")";
    }

    @Override
    public String toString() {
        return "<unreadable " + target.getSimpleName() + ": " + raw + ">";
    }
}
