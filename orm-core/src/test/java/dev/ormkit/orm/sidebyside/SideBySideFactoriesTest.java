package dev.ormkit.orm.sidebyside;

import static dev.ormkit.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.orm.sidebyside.a.Article;
import dev.ormkit.orm.sidebyside.a.Label;
import dev.ormkit.orm.sidebyside.b.Album;
import dev.ormkit.orm.sidebyside.b.Photo;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.sql.Sql;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Two session factories in one JVM, over different models that both declare an association
 * table {@code post_tags} (with different columns): each factory's MetaData holds its own
 * declaration, so they work side by side, each with its own statement cache.
 */
class SideBySideFactoriesTest {

    private static Table declare(MetaData md, String left, String leftTable, String right, String rightTable) {
        return md.table("post_tags",
                Column.of(left, Types.BIGINT).primaryKey().autoincrement(false).foreignKey(leftTable + ".id"),
                Column.of(right, Types.BIGINT).primaryKey().autoincrement(false).foreignKey(rightTable + ".id"));
    }

    private static java.util.List<String> columns(@org.jspecify.annotations.Nullable Table t) {
        assertThat(t).isNotNull();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Column<?> c : t.columns()) {
            names.add(c.name());
        }
        return names;
    }

    @AllDatabases
    void twoModelsDeclaringPostTagsWorkSideBySide(TestDatabase db) {
        Engine first = db.engine();
        try (Engine second = Engine.create("h2:mem:side_by_side_" + System.nanoTime())) {
            MetaData declaredA = new MetaData();
            Table postTagsA = declare(declaredA, "article_id", "articles", "label_id", "labels");
            MetaData declaredB = new MetaData();
            Table postTagsB = declare(declaredB, "photo_id", "photos", "album_id", "albums");

            SessionFactory articles = SessionFactory.builder(first).metadata(declaredA).classes(Article.class).build();
            SessionFactory photos = SessionFactory.builder(second).metadata(declaredB).classes(Photo.class).build();
            // the declared tables serve (the first declaration a class met, when the test runs again in this JVM)
            assertThat(columns(EntityMapping.of(Article.class).relationship("labels").secondary()))
                    .containsExactly("article_id", "label_id");
            assertThat(columns(EntityMapping.of(Photo.class).relationship("albums").secondary()))
                    .containsExactly("photo_id", "album_id");

            MetaData.of(Article.class, Label.class).createAll(first);
            MetaData.of(Photo.class, Album.class).createAll(second);

            try (Session session = articles.open()) {
                Article a = new Article("orms");
                a.getLabels().add(new Label("java"));
                a.getLabels().add(new Label("sql"));
                session.add(a);
                session.commit();
            }
            try (Session session = photos.open()) {
                Photo p = new Photo("harbour");
                p.getAlbums().add(new Album("holidays"));
                session.add(p);
                session.commit();
            }
            try (Session session = articles.open()) {
                Article a = session.query(Article.class).one();
                assertThat(a.getLabels()).extracting(Label::getName).containsExactlyInAnyOrder("java", "sql");
            }
            try (Session session = photos.open()) {
                Photo p = session.query(Photo.class).one();
                assertThat(p.getAlbums()).extracting(Album::getName).containsExactly("holidays");
            }
            try (Connection conn = first.connect()) {
                assertThat(conn.execute(select(Sql.func.count()).selectFrom(postTagsA)).scalar(Long.class)).isEqualTo(2);
                Row row = conn.execute(select(postTagsA.c("article_id"), postTagsA.c("label_id"))).first();
                assertThat(row).isNotNull();
            }
            try (Connection conn = second.connect()) {
                assertThat(conn.execute(select(postTagsB.c("photo_id"))).all()).hasSize(1);
            }
            // each engine counts its own compilations
            assertThat(first.statementCacheStatistics().misses()).isPositive();
            assertThat(second.statementCacheStatistics().misses()).isPositive();
            assertThat(first.statementCacheStatistics().capacity()).isEqualTo(500);
        }
    }
}
