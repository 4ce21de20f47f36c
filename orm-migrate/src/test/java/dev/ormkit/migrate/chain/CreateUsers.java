package dev.ormkit.migrate.chain;

import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "a1000000c001", down = Revision.BASE, message = "create users table")
public class CreateUsers implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("username", Types.string(50)).notNull().unique());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("users");
    }
}
