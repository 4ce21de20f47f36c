package dev.ormkit.exc;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A constraint was violated: unique, foreign key, not null or check. */
public class IntegrityException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public IntegrityException(String sql, List<@Nullable Object> parameters, SQLException cause) {
        super(sql, parameters, cause);
    }
}
