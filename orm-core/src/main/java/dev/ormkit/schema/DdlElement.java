package dev.ormkit.schema;

import dev.ormkit.dialect.Dialect;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.StatementKind;

/**
 * A DDL statement ({@code CREATE TABLE}, {@code DROP TABLE}, {@code CREATE INDEX}, ...) that a
 * connection can run like any other statement: {@code conn.execute(new CreateTable(users))}.
 * The SQL is rendered per dialect by {@link DdlCompiler}; DDL has no bind parameters, so
 * nothing in it is parsed for {@code :name} placeholders.
 */
public abstract class DdlElement extends ClauseElement implements Executable {

    DdlElement() {
    }

    /** The SQL of this statement for {@code dialect}. */
    public abstract String toSql(Dialect dialect);

    @Override
    public StatementKind kind() {
        return StatementKind.OTHER;
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.append(toSql(compiler.dialect()));
    }
}
