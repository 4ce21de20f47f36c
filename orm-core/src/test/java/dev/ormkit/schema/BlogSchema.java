package dev.ormkit.schema;

/**
 * The guide's blog written in Core: users, posts, comments, tags and the post_tags
 * association table. Defined children first, so that creating them proves the foreign-key sort.
 */
final class BlogSchema {
    final MetaData metadata = new MetaData();
    final Table postTags = metadata.table("post_tags",
            Column.of("post_id", Types.BIGINT).foreignKey("posts.id", ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
            Column.of("tag_id", Types.BIGINT).foreignKey("tags.id"),
            new PrimaryKeyConstraint(java.util.List.of("post_id", "tag_id")));
    final Table comments = metadata.table("comments",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("content", Types.TEXT).notNull(),
            Column.of("post_id", Types.BIGINT).notNull()
                    .foreignKey("posts.id", ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
            Column.of("user_id", Types.BIGINT).foreignKey("users.id"));
    final Table posts = metadata.table("posts",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("title", Types.string(200)).notNull(),
            Column.of("content", Types.TEXT).notNull(),
            Column.of("user_id", Types.BIGINT).foreignKey("users.id").index());
    final Table tags = metadata.table("tags",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("name", Types.string(50)).unique().notNull());
    final Table users = metadata.table("users",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("username", Types.string(50)).unique().notNull(),
            Column.of("email", Types.string(100)).unique().notNull(),
            Column.of("password_hash", Types.string(255)).notNull(),
            Column.of("is_active", Types.BOOLEAN).serverDefault("TRUE"),
            Column.of("login_count", Types.INTEGER).serverDefault("0").notNull());
}
