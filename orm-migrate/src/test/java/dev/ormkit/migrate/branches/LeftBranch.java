package dev.ormkit.migrate.branches;

import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "b2000000left", down = "b1000000aaaa", message = "left", branchLabels = "left")
public class LeftBranch implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("left_things", Column.of("id", Types.INTEGER).primaryKey());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("left_things");
    }
}
