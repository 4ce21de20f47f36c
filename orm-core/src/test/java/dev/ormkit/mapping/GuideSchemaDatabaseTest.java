package dev.ormkit.mapping;

import static dev.ormkit.sql.Sql.func;
import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.model.Comment;
import dev.ormkit.model.Post;
import dev.ormkit.model.Post_;
import dev.ormkit.model.Tag;
import dev.ormkit.model.Tag_;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.schema.Inspector;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.ReflectedForeignKey;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** The guide's mapped models create real tables, and Core statements over them run, on every database. */
class GuideSchemaDatabaseTest {

    @AllDatabases
    void mappedTablesAreCreatedAndQueriedThroughTheMetamodel(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = MetaData.of(User.class, Post.class, Comment.class, Tag.class);
        metadata.createAll(engine);

        Inspector inspector = Inspector.of(engine);
        assertThat(inspector.tableNames()).contains("users", "posts", "comments", "tags", "post_tags");
        assertThat(inspector.foreignKeys("post_tags")).extracting(ReflectedForeignKey::referredTable)
                .containsExactlyInAnyOrder("posts", "tags");
        assertThat(inspector.primaryKey("post_tags").columns()).containsExactlyInAnyOrder("post_id", "tag_id");

        try (Connection conn = engine.connect()) {
            Long alice = (Long) ((Number) conn.execute(insert(User.class).values(Map.of("username", "alice", "email", "alice@example.com",
                    "password_hash", "x", "is_active", true, "created_at", LocalDateTime.of(2024, 3, 1, 12, 0))))
                    .insertedPrimaryKeys().get(0).get(0)).longValue();
            conn.execute(insert(Post.class), List.of(
                    Map.of("title", "First Post", "content", "Hello World!", "user_id", alice),
                    Map.of("title", "Second Post", "content", "Learning ormkit", "user_id", alice)));
            conn.execute(insert(Tag.class).values(Map.of("name", "python")));
            long post = conn.execute(select(Post_.id).where(Post_.title.eq("First Post"))).scalar(Long.class);
            long tag = conn.execute(select(Tag_.id).where(Tag_.name.eq("python"))).scalar(Long.class);
            conn.execute(insert(EntityMapping.of(Post.class).relationship("tags").secondary()).values(Map.of("post_id", post, "tag_id", tag)));
            conn.commit();

            assertThat(conn.execute(select(func.count(Post_.id)).where(Post_.userId.eq(User_.id), User_.username.eq("alice")))
                    .scalar(Long.class)).isEqualTo(2L);
            assertThat(conn.execute(select(User.class).where(User_.username.eq("alice"))).all())
                    .singleElement().satisfies(row -> assertThat(row.get("email")).isEqualTo("alice@example.com"));
            // the association table's key refuses a duplicate link
            assertThatThrownBy(() -> conn.execute(insert(EntityMapping.of(Tag.class).relationship("posts").secondary())
                    .values(Map.of("post_id", post, "tag_id", tag)))).isInstanceOf(IntegrityException.class);
            conn.rollback();
        }
        metadata.dropAll(engine);
        assertThat(Inspector.of(engine).tableNames()).doesNotContain("users", "post_tags");
    }
}
