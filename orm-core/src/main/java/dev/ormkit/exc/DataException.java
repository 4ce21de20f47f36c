package dev.ormkit.exc;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A value does not fit: too long, out of range, wrong format. */
public class DataException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public DataException(String sql, List<@Nullable Object> parameters, SQLException cause) {
        super(sql, parameters, cause);
    }
}
