package dev.ormkit.migrate.chain;

import java.util.List;
import dev.ormkit.migrate.ColumnChange;
import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "a5000000c005", down = "a4000000c004", message = "posts")
public class CreatePosts implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("posts",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("title", Types.string(200)).notNull(),
                Column.of("user_id", Types.BIGINT));
        op.createForeignKey(null, "posts", "users", List.of("user_id"), List.of("id"));
        op.alterColumn("users", "bio", ColumnChange.rename("about"));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn("users", "about", ColumnChange.rename("bio"));
        op.dropConstraint("fk_posts_user_id_users", "posts");
        op.dropTable("posts");
    }
}
