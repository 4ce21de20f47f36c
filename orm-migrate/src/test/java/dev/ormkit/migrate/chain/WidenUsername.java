package dev.ormkit.migrate.chain;

import dev.ormkit.migrate.ColumnChange;
import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Types;

/** Type, nullability and default changes: a rebuild ("batch") on SQLite. */
@Revision(id = "a4000000c004", down = "a3000000c003", message = "widen username, bio not null")
public class WidenUsername implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumn("users", "username", ColumnChange.type(Types.string(100)));
        op.execute("UPDATE users SET bio = '' WHERE bio IS NULL");
        op.alterColumn("users", "bio", ColumnChange.nullable(false).andServerDefault("''"));
        op.createCheckConstraint("karma_positive", "users", "karma >= 0");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("karma_positive", "users");
        op.alterColumn("users", "bio", ColumnChange.nullable(true).andServerDefault(null));
        op.alterColumn("users", "username", ColumnChange.type(Types.string(50)));
    }
}
