package dev.ormkit.migrate.branches;

import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "b1000000aaaa", down = Revision.BASE, message = "root")
public class Root implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("things", Column.of("id", Types.INTEGER).primaryKey());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("things");
    }
}
