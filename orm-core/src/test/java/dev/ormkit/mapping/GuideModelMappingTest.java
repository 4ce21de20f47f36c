package dev.ormkit.mapping;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import dev.ormkit.dialect.Dialects;
import dev.ormkit.model.Comment;
import dev.ormkit.model.Post;
import dev.ormkit.model.Tag;
import dev.ormkit.model.User;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.TypeKind;
import org.junit.jupiter.api.Test;

class GuideModelMappingTest {

    @Test
    void userMapsToTheGuidesUsersTable() {
        EntityMapping<User> m = EntityMapping.of(User.class);
        Table users = m.table();
        assertThat(users.name()).isEqualTo("users");
        assertThat(users.columns()).extracting(Column::name)
                .containsExactly("id", "username", "email", "password_hash", "is_active", "created_at");
        Column<?> id = users.c("id");
        assertThat(id.isPrimaryKey()).isTrue();
        assertThat(id.type().kind()).isEqualTo(TypeKind.BIGINT);
        assertThat(users.autoincrementColumn()).isSameAs(id);
        Column<?> username = users.c("username");
        assertThat(username.type().kind()).isEqualTo(TypeKind.VARCHAR);
        assertThat(username.type().length()).isEqualTo(50);
        assertThat(username.isNullable()).isFalse();
        assertThat(username.isUnique()).isTrue();
        assertThat(users.c("password_hash").type().length()).isEqualTo(255);
        assertThat(users.c("is_active").type().kind()).isEqualTo(TypeKind.BOOLEAN);
        assertThat(users.c("is_active").isNullable()).isTrue();
        assertThat(users.c("created_at").type().kind()).isEqualTo(TypeKind.TIMESTAMP);
        assertThat(users.uniqueConstraints()).hasSize(2);
        assertThat(m.primaryKey()).extracting(ColumnAttribute::name).containsExactly("id");
        assertThat(m.version()).isNull();
    }

    @Test
    void postAndCommentCarryTheirForeignKeys() {
        Table posts = EntityMapping.of(Post.class).table();
        assertThat(posts.c("content").type().kind()).isEqualTo(TypeKind.TEXT);
        assertThat(posts.c("content").isNullable()).isFalse();
        assertThat(posts.c("title").type().length()).isEqualTo(200);
        assertThat(posts.foreignKeys()).extracting(ForeignKeyConstraint::columns, ForeignKeyConstraint::referredTable,
                        ForeignKeyConstraint::referredColumns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("user_id"), "users", List.of("id")));
        Table comments = EntityMapping.of(Comment.class).table();
        assertThat(comments.foreignKeys()).extracting(ForeignKeyConstraint::referredTable).containsExactly("posts", "users");
    }

    @Test
    void relationshipDirectionsAreInferredFromForeignKeys() {
        RelationshipAttribute posts = EntityMapping.of(User.class).relationship("posts");
        assertThat(posts.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(posts.isCollection()).isTrue();
        assertThat(posts.target().type()).isEqualTo(Post.class);
        assertThat(posts.pairs()).singleElement().satisfies(p -> {
            assertThat(p.local().toString()).isEqualTo("users.id");
            assertThat(p.remote().toString()).isEqualTo("posts.user_id");
        });
        assertThat(posts.cascade()).containsExactlyInAnyOrder(CascadeType.SAVE_UPDATE, CascadeType.MERGE);
        assertThat(posts.lazy()).isEqualTo(Lazy.SELECT);

        RelationshipAttribute author = EntityMapping.of(Post.class).relationship("author");
        assertThat(author.direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(author.direction().foreignKeyIsLocal()).isTrue();
        assertThat(author.pairs()).singleElement().satisfies(p -> {
            assertThat(p.local().toString()).isEqualTo("posts.user_id");
            assertThat(p.remote().toString()).isEqualTo("users.id");
        });
        assertThat(author.backPopulates()).isSameAs(posts);
        assertThat(posts.backPopulates()).isSameAs(author);

        RelationshipAttribute commentAuthor = EntityMapping.of(Comment.class).relationship("author");
        assertThat(commentAuthor.direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(commentAuthor.pairs().get(0).local().toString()).isEqualTo("comments.user_id");
    }

    @Test
    void manyToManyCreatesTheAssociationTableFromBothPrimaryKeys() {
        RelationshipAttribute tags = EntityMapping.of(Post.class).relationship("tags");
        RelationshipAttribute posts = EntityMapping.of(Tag.class).relationship("posts");
        assertThat(tags.direction()).isEqualTo(Direction.MANY_TO_MANY);
        Table postTags = tags.secondary();
        assertThat(postTags).isNotNull().isSameAs(posts.secondary());
        assertThat(postTags.name()).isEqualTo("post_tags");
        assertThat(postTags.columns()).extracting(Column::name).containsExactly("post_id", "tag_id");
        assertThat(postTags.foreignKeys()).extracting(ForeignKeyConstraint::referredTable).containsExactly("posts", "tags");
        assertThat(tags.pairs().get(0).toString()).contains("posts.id", "post_tags.post_id");
        assertThat(tags.secondaryPairs().get(0).toString()).contains("post_tags.tag_id", "tags.id");
        assertThat(tags.newCollection()).isInstanceOf(java.util.LinkedHashSet.class);
    }

    @Test
    void attributesReadAndWriteFieldsAndKnowTheirInsertDefaults() {
        EntityMapping<User> m = EntityMapping.of(User.class);
        User u = m.newInstance();
        m.columnAttribute("username").set(u, "alice");
        assertThat(u.getUsername()).isEqualTo("alice");
        assertThat(m.columnAttribute("username").get(u)).isEqualTo("alice");
        assertThat(m.identityKey(u)).isNull();
        m.columnAttribute("id").set(u, 7L);
        assertThat(m.identityKey(u)).isEqualTo(m.keyFor(7L));
        assertThat(m.identityKey(u).toString()).isEqualTo("User(7)");
        assertThat(m.columnAttribute("isActive").insertDefault()).isEqualTo(true);
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        assertThat((LocalDateTime) m.columnAttribute("createdAt").insertDefault()).isAfter(before);
        assertThat(m.columnAttribute("username").hasInsertDefault()).isFalse();
        assertThat(m.columnAttribute("id").isGenerated()).isTrue();
        assertThat(m.attributeFor(m.table().c("password_hash")).name()).isEqualTo("passwordHash");
    }

    @Test
    void aKeyIsTheSameHoweverItsValueWasGiven() {
        EntityMapping<User> m = EntityMapping.of(User.class);
        User u = m.newInstance();
        m.columnAttribute("id").set(u, 7L);
        EntityKey fromEntity = m.identityKey(u);
        for (EntityKey k : List.of(m.keyFor(7L), m.keyFor(new Object[] {7L}), m.keyFor(List.of(7L)))) {
            assertThat(k).isEqualTo(fromEntity).hasSameHashCodeAs(fromEntity);
            assertThat(k.value()).isEqualTo(7L);
            assertThat(k.values()).containsExactly(7L);
            assertThat(k.toString()).isEqualTo("User(7)");
        }
        fromEntity.values()[0] = 8L;
        assertThat(fromEntity.value()).isEqualTo(7L);
        assertThat(m.keyFor(8L)).isNotEqualTo(fromEntity);
        assertThat(EntityMapping.of(Tag.class).keyFor(7L)).isNotEqualTo(fromEntity);
    }

    @Test
    void coreStatementsAcceptMappedClasses() {
        String sql = Dialects.forName("postgresql")
                .compile(select(User.class).where(EntityMapping.of(User.class).table().c("username").eq("alice"))).sql();
        assertThat(sql).isEqualTo("SELECT users.id, users.username, users.email, users.password_hash, users.is_active,"
                + " users.created_at FROM users WHERE users.username = ?");
        assertThat(Dialects.forName("h2").compile(insert(Tag.class).values(java.util.Map.of("name", "python"))).sql())
                .isEqualTo("INSERT INTO tags (name) VALUES (?)");
    }

    @Test
    void metaDataOfGathersTablesAndTheAssociationTable() {
        MetaData md = MetaData.of(User.class, Post.class, Comment.class, Tag.class);
        assertThat(md.tables()).extracting(Table::name).containsExactly("users", "posts", "comments", "tags", "post_tags");
        assertThat(md.getTable("users")).isSameAs(EntityMapping.of(User.class).table());
    }

    @Test
    void metaDataScanFindsTheMappedClassesOfAPackage() {
        MetaData md = MetaData.scan("dev.ormkit.model");
        assertThat(md.tables()).extracting(Table::name).contains("users", "posts", "comments", "tags", "post_tags");
    }

    @Test
    void snakeCaseSplitsWordsAndAcronyms() {
        assertThat(Names.snakeCase("passwordHash")).isEqualTo("password_hash");
        assertThat(Names.snakeCase("isActive")).isEqualTo("is_active");
        assertThat(Names.snakeCase("userID")).isEqualTo("user_id");
        assertThat(Names.snakeCase("HTMLParser")).isEqualTo("html_parser");
        assertThat(Names.snakeCase("line2Total")).isEqualTo("line2_total");
    }
}
