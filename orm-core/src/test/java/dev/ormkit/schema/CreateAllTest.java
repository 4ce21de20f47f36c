package dev.ormkit.schema;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import dev.ormkit.sql.TypeKind;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

class CreateAllTest {

    @AllDatabases
    void createsTheBlogSchemaInForeignKeyOrderAndInspectorSeesIt(TestDatabase db) {
        BlogSchema blog = new BlogSchema();
        Engine engine = db.engine();
        blog.metadata.createAll(engine);

        Inspector inspector = Inspector.of(engine);
        assertThat(inspector.tableNames()).containsExactlyInAnyOrder("users", "posts", "comments", "tags", "post_tags");
        assertThat(inspector.hasTable("posts")).isTrue();
        assertThat(inspector.hasTable("nope")).isFalse();

        List<ReflectedColumn> users = inspector.columns("users");
        assertThat(users).extracting(ReflectedColumn::name)
                .containsExactly("id", "username", "email", "password_hash", "is_active", "login_count");
        ReflectedColumn id = users.get(0);
        assertThat(id.autoincrement()).isTrue();
        assertThat(id.nullable()).isFalse();
        ReflectedColumn username = users.get(1);
        assertThat(username.type().kind()).isEqualTo(TypeKind.VARCHAR);
        assertThat(username.type().length()).isEqualTo(50);
        assertThat(username.nullable()).isFalse();
        assertThat(users.get(4).nullable()).isTrue();
        assertThat(users.get(4).type().kind()).isEqualTo(TypeKind.BOOLEAN);
        assertThat(users.get(5).defaultValue()).contains("0");
        assertThat(inspector.columns("posts").get(2).type().kind()).isEqualTo(TypeKind.TEXT);

        assertThat(inspector.primaryKey("users").columns()).containsExactly("id");
        assertThat(inspector.primaryKey("post_tags").columns()).containsExactly("post_id", "tag_id");

        assertThat(inspector.foreignKeys("post_tags"))
                .extracting(fk -> fk.columns() + "->" + fk.referredTable() + fk.referredColumns())
                .containsExactlyInAnyOrder("[post_id]->posts[id]", "[tag_id]->tags[id]");
        ReflectedForeignKey commentPost = inspector.foreignKeys("comments").stream()
                .filter(fk -> fk.referredTable().equals("posts")).findFirst().orElseThrow();
        assertThat(commentPost.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(commentPost.columns()).containsExactly("post_id");

        assertThat(inspector.uniqueConstraints("users")).extracting(ReflectedUniqueConstraint::columns)
                .containsExactlyInAnyOrder(List.of("username"), List.of("email"));
        assertThat(inspector.indexes("posts")).extracting(ReflectedIndex::name, ReflectedIndex::columns,
                ReflectedIndex::unique).contains(org.assertj.core.groups.Tuple.tuple("ix_posts_user_id",
                List.of("user_id"), false));
    }

    @AllDatabases
    void createAllTwiceCreatesNothingTheSecondTime(TestDatabase db) {
        BlogSchema blog = new BlogSchema();
        Engine engine = db.engine();
        blog.metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(insert(blog.users).values(Map.of("username", "alice", "email", "a@example.com",
                    "password_hash", "x")));
            conn.commit();
        }
        AtomicInteger ddl = new AtomicInteger();
        engine.events().addStatementListener(new StatementListener() {
            @Override
            public void onStatementStart(StatementEvent event) {
                if (event.sql().startsWith("CREATE") || event.sql().startsWith("ALTER")) {
                    ddl.incrementAndGet();
                }
            }
        });
        blog.metadata.createAll(engine);
        assertThat(ddl).hasValue(0);
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(func.count()).selectFrom(blog.users)).scalar(Long.class)).isEqualTo(1L);
        }
    }

    @AllDatabases
    void createAllAddsOnlyTheMissingTables(TestDatabase db) {
        BlogSchema blog = new BlogSchema();
        Engine engine = db.engine();
        MetaData partial = new MetaData();
        partial.add(blog.users);
        partial.add(blog.tags);
        partial.createAll(engine);
        assertThat(Inspector.of(engine).tableNames()).containsExactlyInAnyOrder("users", "tags");
        blog.metadata.createAll(engine);
        assertThat(Inspector.of(engine).tableNames()).hasSize(5);
    }

    @AllDatabases
    void dropAllRemovesTheTablesAndLeavesOthers(TestDatabase db) {
        BlogSchema blog = new BlogSchema();
        Engine engine = db.engine();
        blog.metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE bystander (id INTEGER PRIMARY KEY)"));
            conn.execute(insert(blog.users).values(Map.of("username", "alice", "email", "a@example.com",
                    "password_hash", "x")));
            conn.commit();
        }
        blog.metadata.dropAll(engine);
        assertThat(Inspector.of(engine).tableNames()).containsExactly("bystander");
        blog.metadata.dropAll(engine); // nothing left to drop: no error
        blog.metadata.createAll(engine);
        assertThat(Inspector.of(engine).tableNames()).hasSize(6);
    }

    @AllDatabases
    void serverDefaultsApplyOnInsert(TestDatabase db) {
        BlogSchema blog = new BlogSchema();
        Engine engine = db.engine();
        blog.metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(insert(blog.users).values(Map.of("username", "alice", "email", "a@example.com",
                    "password_hash", "x")));
            Row row = conn.execute(select(blog.users.c("is_active"), blog.users.c("login_count"))).one();
            assertThat(row.get(0, Boolean.class)).isTrue();
            assertThat(row.get(1, Integer.class)).isZero();
        }
    }

    @AllDatabases
    void compositePrimaryKeyRejectsDuplicates(TestDatabase db) {
        BlogSchema blog = new BlogSchema();
        Engine engine = db.engine();
        blog.metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            long user = insertUser(conn, blog, "alice");
            long post = conn.execute(insert(blog.posts).values(Map.of("title", "t", "content", "c", "user_id", user)))
                    .insertedPrimaryKeys().get(0).get(0, Long.class);
            long tag = conn.execute(insert(blog.tags).values(Map.of("name", "java")))
                    .insertedPrimaryKeys().get(0).get(0, Long.class);
            conn.execute(insert(blog.postTags).values(Map.of("post_id", post, "tag_id", tag)));
            conn.commit();
            assertThatThrownBy(() -> conn.execute(insert(blog.postTags).values(Map.of("post_id", post, "tag_id", tag))))
                    .isInstanceOf(IntegrityException.class);
        }
    }

    @AllDatabases
    void deletingAParentCascadesToItsChildren(TestDatabase db) {
        BlogSchema blog = new BlogSchema();
        Engine engine = db.engine();
        blog.metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            long user = insertUser(conn, blog, "alice");
            long post = conn.execute(insert(blog.posts).values(Map.of("title", "t", "content", "c", "user_id", user)))
                    .insertedPrimaryKeys().get(0).get(0, Long.class);
            conn.execute(insert(blog.comments).values(Map.of("content", "first!", "post_id", post, "user_id", user)));
            conn.execute(insert(blog.comments).values(Map.of("content", "second", "post_id", post, "user_id", user)));
            conn.commit();
            assertThat(conn.execute(select(func.count()).selectFrom(blog.comments)).scalar(Long.class)).isEqualTo(2L);

            conn.execute(delete(blog.posts).where(blog.posts.c("id").eq(post)));
            conn.commit();
            assertThat(conn.execute(select(func.count()).selectFrom(blog.comments)).scalar(Long.class)).isZero();
            // a key without ON DELETE still protects its parent
            conn.execute(insert(blog.posts).values(Map.of("title", "t2", "content", "c", "user_id", user)));
            conn.commit();
            assertThatThrownBy(() -> conn.execute(delete(blog.users).where(blog.users.c("id").eq(user))))
                    .isInstanceOf(IntegrityException.class);
        }
    }

    private static long insertUser(Connection conn, BlogSchema blog, String name) {
        return conn.execute(insert(blog.users).values(Map.of("username", name, "email", name + "@example.com",
                "password_hash", "x"))).insertedPrimaryKeys().get(0).get(0, Long.class);
    }
}
