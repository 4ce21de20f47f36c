package dev.ormkit.exc;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The statement is wrong: syntax error, unknown table or column, wrong number of parameters. */
public class ProgrammingException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public ProgrammingException(String sql, List<@Nullable Object> parameters, SQLException cause) {
        super(sql, parameters, cause);
    }
}
