package dev.ormkit.migrate.failing;

import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "f1000000good", down = Revision.BASE, message = "accounts")
public class CreateAccounts implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("accounts", Column.of("id", Types.INTEGER).primaryKey(), Column.of("name", Types.string(40)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("accounts");
    }
}
