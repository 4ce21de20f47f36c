package dev.ormkit.migrate.chain;

import java.util.List;
import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "a3000000c003", down = "a2000000c002", message = "add bio to users")
public class AddBio implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", Column.of("bio", Types.string(200)));
        op.addColumn("users", Column.of("karma", Types.INTEGER).notNull().serverDefault("0"));
        op.createIndex("ix_users_karma", "users", List.of("karma"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_users_karma", "users");
        op.dropColumn("users", "karma");
        op.dropColumn("users", "bio");
    }
}
