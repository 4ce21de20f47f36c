package dev.ormkit.migrate.failing;

import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

/** Creates a table, then fails: what stays of it depends on whether the database's DDL is transactional. */
@Revision(id = "f2000000bad0", down = "f1000000good", message = "audit, broken")
public class BrokenAudit implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("audit", Column.of("id", Types.INTEGER).primaryKey());
        op.execute("INSERT INTO no_such_table (id) VALUES (1)");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("audit");
    }
}
