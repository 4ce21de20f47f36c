package dev.ormkit.migrate.branches;

import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "b3000000rite", down = "b1000000aaaa", message = "right", branchLabels = "right")
public class RightBranch implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("right_things", Column.of("id", Types.INTEGER).primaryKey());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("right_things");
    }
}
