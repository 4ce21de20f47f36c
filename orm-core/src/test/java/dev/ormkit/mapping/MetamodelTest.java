package dev.ormkit.mapping;

import static dev.ormkit.sql.Sql.and;
import static dev.ormkit.sql.Sql.func;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.Dialects;
import dev.ormkit.exc.MappingException;
import dev.ormkit.mapping.meta.BooleanColumn;
import dev.ormkit.mapping.meta.CollectionRelation;
import dev.ormkit.mapping.meta.NumberColumn;
import dev.ormkit.mapping.meta.Relation;
import dev.ormkit.mapping.meta.StringColumn;
import dev.ormkit.mapping.meta.TemporalColumn;
import dev.ormkit.model.Post;
import dev.ormkit.model.Post_;
import dev.ormkit.model.Tag;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.sql.Compiled;
import org.junit.jupiter.api.Test;

/** The generated metamodel of the guide's models, used in Core statements. */
class MetamodelTest {
    private final Dialect pg = Dialects.forName("postgresql");

    @Test
    void constantsAreTypedPerJavaType() {
        StringColumn<User> username = User_.username;
        NumberColumn<User, Long> id = User_.id;
        BooleanColumn<User> active = User_.isActive;
        TemporalColumn<User, LocalDateTime> created = User_.createdAt;
        CollectionRelation<User, Post> posts = User_.posts;
        Relation<Post, User> author = Post_.author;
        CollectionRelation<Post, Tag> tags = Post_.tags;
        assertThat(List.of(username, id, active, created)).extracting(Object::toString)
                .containsExactly("User.username", "User.id", "User.isActive", "User.createdAt");
        assertThat(posts.relationship().direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(author.relationship().direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(tags.target()).isEqualTo(Tag.class);
    }

    @Test
    void aConstantResolvesToTheMappedColumn() {
        assertThat(User_.username.unwrap()).isSameAs(EntityMapping.of(User.class).table().c("username"));
        assertThat(User_.passwordHash.unwrap().name()).isEqualTo("password_hash");
    }

    @Test
    void selectWithTheMetamodelRendersTheGuidesQuery() {
        Compiled c = pg.compile(select(User.class).where(User_.username.eq("alice")));
        assertThat(c.sql()).isEqualTo("SELECT users.id, users.username, users.email, users.password_hash,"
                + " users.is_active, users.created_at FROM users WHERE users.username = ?");
        assertThat(c.sql()).doesNotContain("alice");
    }

    @Test
    void metamodelExpressionsCompose() {
        String sql = pg.compile(select(User_.username, func.count(Post_.id).label("post_count"))
                .where(and(User_.isActive.eq(true), Post_.userId.eq(User_.id), User_.email.like("%@gmail.com")))
                .groupBy(User_.username)
                .orderBy(User_.createdAt.desc())).sql();
        assertThat(sql).isEqualTo("SELECT users.username, count(posts.id) AS post_count FROM users, posts"
                + " WHERE users.is_active = ? AND posts.user_id = users.id AND users.email LIKE ?"
                + " GROUP BY users.username ORDER BY users.created_at DESC");
        assertThat(pg.compile(select(User.class).where(User_.email.eq((String) null))).sql()).endsWith("WHERE users.email IS NULL");
        assertThat(pg.compile(select(User.class).where(User_.id.in(1L, 2L, 3L))).sql()).endsWith("WHERE users.id IN (?, ?, ?)");
    }

    @Test
    void metamodelColumnsAreKeysOfUpdateValues() {
        String sql = pg.compile(update(User.class).values(Map.of(User_.isActive, true)).where(User_.isActive.eq(false))).sql();
        assertThat(sql).isEqualTo("UPDATE users SET is_active = ? WHERE users.is_active = ?");
    }

    @MappedSuperclass
    static class Audited {
        @Column(primaryKey = true) Long id;
        LocalDateTime updatedAt;
    }

    @Table("audited_things")
    static class Thing extends Audited {
        String label;
    }

    @Test
    void mappedSuperclassFieldsAppearInTheSubclassMetamodel() {
        assertThat(MetamodelTest_Thing_.updatedAt.unwrap().toString()).isEqualTo("audited_things.updated_at");
        assertThat(MetamodelTest_Thing_.id.unwrap().isPrimaryKey()).isTrue();
        assertThatThrownBy(() -> MetamodelTest_Audited_.updatedAt.unwrap())
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Audited.updatedAt")
                .hasMessageContaining("mapped subclass");
    }
}
