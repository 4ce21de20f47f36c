package dev.ormkit.demo.migrations;

import java.util.List;
import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.PrimaryKeyConstraint;
import dev.ormkit.schema.Types;

/** The blog's tables: users, follows, articles, tags and their association, favourites, comments. */
@Revision(id = "5c1e0b7a9d21", down = Revision.BASE, message = "create blog tables")
public class CreateBlogTables implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("username", Types.string(50)).notNull().unique(),
                Column.of("email", Types.string(100)).notNull().unique(),
                Column.of("password_hash", Types.string(255)).notNull(),
                Column.of("bio", Types.string(1000)),
                Column.of("image", Types.string(500)),
                Column.of("created_at", Types.TIMESTAMP));
        op.createTable("follows",
                Column.of("follower_id", Types.BIGINT).notNull().foreignKey("users.id"),
                Column.of("followee_id", Types.BIGINT).notNull().foreignKey("users.id").index(),
                new PrimaryKeyConstraint(List.of("follower_id", "followee_id")));
        op.createTable("articles",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("slug", Types.string(255)).notNull().unique(),
                Column.of("title", Types.string(255)).notNull(),
                Column.of("description", Types.string(1000)).notNull(),
                Column.of("body", Types.TEXT).notNull(),
                Column.of("author_id", Types.BIGINT).notNull().foreignKey("users.id").index(),
                Column.of("created_at", Types.TIMESTAMP).notNull().index(),
                Column.of("updated_at", Types.TIMESTAMP).notNull());
        op.createTable("tags",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("name", Types.string(50)).notNull().unique());
        op.createTable("article_tags",
                Column.of("article_id", Types.BIGINT).notNull().foreignKey("articles.id"),
                Column.of("tag_id", Types.BIGINT).notNull().foreignKey("tags.id").index(),
                new PrimaryKeyConstraint(List.of("article_id", "tag_id")));
        op.createTable("favorites",
                Column.of("user_id", Types.BIGINT).notNull().foreignKey("users.id"),
                Column.of("article_id", Types.BIGINT).notNull().foreignKey("articles.id").index(),
                new PrimaryKeyConstraint(List.of("user_id", "article_id")));
        op.createTable("comments",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("body", Types.string(4000)).notNull(),
                Column.of("article_id", Types.BIGINT).notNull().foreignKey("articles.id").index(),
                Column.of("author_id", Types.BIGINT).notNull().foreignKey("users.id"),
                Column.of("created_at", Types.TIMESTAMP).notNull(),
                Column.of("updated_at", Types.TIMESTAMP).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        for (String table : List.of("comments", "favorites", "article_tags", "tags", "articles", "follows", "users")) {
            op.dropTable(table);
        }
    }
}
