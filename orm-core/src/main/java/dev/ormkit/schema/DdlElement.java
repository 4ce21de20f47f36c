package dev.ormkit.schema;

import dev.ormkit.exc.CompileException;
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
    public abstract String toSql(DdlDialect dialect);

    @Override
    public StatementKind kind() {
        return StatementKind.OTHER;
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        if (!(compiler.dialect() instanceof DdlDialect ddl)) {
            throw new CompileException("Dialect " + compiler.dialect().name() + " does not render DDL ("
                    + this + "): it does not implement " + DdlDialect.class.getName());
        }
        compiler.append(toSql(ddl));
    }
}
