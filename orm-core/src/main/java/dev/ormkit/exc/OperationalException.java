package dev.ormkit.exc;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The database could not run the statement for reasons outside the statement: connection lost, timeout, lock, deadlock. */
public class OperationalException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public OperationalException(String sql, List<@Nullable Object> parameters, SQLException cause) {
        super(sql, parameters, cause);
    }

    /** A failure outside any statement: {@code context} says what failed and what to do. */
    public OperationalException(String context, SQLException cause) {
        super(context, cause);
    }
}
