package dev.ormkit.spring.boot.autoconfigure;

import java.util.List;

/**
 * Thrown at start-up by {@code orm.ddl-auto=validate} when the database schema does not fit
 * the mapped classes; the message lists every difference.
 */
public class SchemaValidationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    public SchemaValidationException(List<String> differences) {
        super("The database schema does not match the mapped classes (orm.ddl-auto=validate), "
                + differences.size() + (differences.size() == 1 ? " difference" : " differences") + ":\n  - "
                + String.join("\n  - ", differences)
                + "\nCreate or migrate the schema (orm-migrate's autogenerate writes the revision), or set orm.ddl-auto=none");
        this.differences = List.copyOf(differences);
    }

    /** The differences found, one line each. */
    public List<String> differences() {
        return differences;
    }
}
