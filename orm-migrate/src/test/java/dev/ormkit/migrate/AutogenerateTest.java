package dev.ormkit.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import dev.ormkit.engine.Engine;
import dev.ormkit.schema.CheckConstraint;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Index;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.ReferentialAction;
import dev.ormkit.schema.Types;
import dev.ormkit.schema.UniqueConstraint;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate writes revisions that compile and, applied, make {@code check} pass; their
 * downgrades bring the previous model back.
 */
class AutogenerateTest {
    @TempDir
    Path sources;

    static MetaData first() {
        MetaData md = new MetaData();
        md.table("users",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("username", Types.string(50)).notNull().unique(),
                Column.of("email", Types.string(100)),
                Column.of("active", Types.BOOLEAN).notNull().serverDefault("TRUE"),
                Column.of("karma", Types.INTEGER).serverDefault("0"),
                Column.of("joined", Types.TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"),
                Column.of("nickname", Types.string(20)).serverDefault("'anon'"));
        md.table("posts",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("user_id", Types.BIGINT).notNull().foreignKey("users.id", ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                Column.of("title", Types.string(200)).notNull().index(),
                Column.of("body", Types.TEXT),
                Column.of("price", Types.decimal(10, 2)),
                Column.of("score", Types.DOUBLE),
                Column.of("rank", Types.SMALLINT),
                Column.of("published", Types.DATE),
                Column.of("edited", Types.TIMESTAMP_TZ),
                Column.of("token", Types.UUID_TYPE),
                Column.of("blob", Types.BINARY),
                new CheckConstraint("ck_posts_price", "price >= 0"));
        return md;
    }

    /** Columns added, dropped, retyped, made NOT NULL and given defaults; a table, an index, a unique and a key more. */
    static MetaData second() {
        MetaData md = new MetaData();
        md.table("users",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("username", Types.string(80)).notNull().unique(),
                Column.of("bio", Types.TEXT),
                Column.of("active", Types.BOOLEAN).notNull().serverDefault("FALSE"),
                Column.of("karma", Types.INTEGER).notNull().serverDefault("0"),
                Column.of("joined", Types.TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"),
                Column.of("nickname", Types.string(20)).serverDefault("'anon'"));
        md.table("tags",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("name", Types.string(30)).notNull());
        md.table("posts",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("user_id", Types.BIGINT).notNull().foreignKey("users.id", ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                Column.of("tag_id", Types.INTEGER).foreignKey("tags.id"),
                Column.of("title", Types.string(200)).notNull(),
                Column.of("body", Types.TEXT),
                Column.of("price", Types.decimal(10, 2)),
                Column.of("score", Types.DOUBLE),
                Column.of("rank", Types.SMALLINT),
                Column.of("published", Types.DATE).index(),
                Column.of("edited", Types.TIMESTAMP_TZ),
                Column.of("token", Types.UUID_TYPE),
                Column.of("blob", Types.BINARY),
                new CheckConstraint("ck_posts_price", "price >= 0"),
                new UniqueConstraint(null, List.of("title", "user_id")),
                new Index("ix_posts_published_user", List.of("published", "user_id"), false));
        return md;
    }

    @AllDatabases
    void generatedRevisionsCompileApplyAndCheckClean(TestDatabase db) throws Exception {
        Engine engine = db.engine();
        Migrator migrator = Migrator.builder(engine).packages("dev.ormkit.migrate.generated").sourceDirectory(sources).build();
        assertThatThrownBy(() -> migrator.check(first())).isInstanceOf(PendingChangesException.class)
                .hasMessageContaining("add_table users").hasMessageContaining("add_table posts");

        Path initial = migrator.revision("initial schema").id("c1000000init").autogenerate(first()).writeTo(sources);
        assertThat(initial.getFileName().toString()).isEqualTo("InitialSchema.java");
        String source = Files.readString(initial);
        assertThat(source).contains("@Revision(", "id = \"c1000000init\"", "down = Revision.BASE",
                "op.createTable(\"users\"", "Column.of(\"username\", Types.string(50)).notNull().unique()",
                "op.dropTable(\"posts\")");
        compile(initial);
        migrator.upgrade("head");
        migrator.check(first());

        RevisionWriter next = migrator.revision("second model").id("c2000000next").autogenerate(second());
        String second = next.source();
        assertThat(second).contains("down = \"c1000000init\"",
                "op.addColumn(\"users\", Column.of(\"bio\", Types.TEXT))",
                "op.dropColumn(\"users\", \"email\")",
                "op.alterColumn(\"users\", \"username\", ColumnChange.type(Types.string(80)))",
                "op.createTable(\"tags\"",
                "op.createIndex(\"ix_posts_published\", \"posts\", List.of(\"published\"), false)",
                "op.dropIndex(\"ix_posts_title\", \"posts\")",
                "op.createUniqueConstraint(\"uq_posts_title\", \"posts\", \"title\", \"user_id\")",
                "op.createForeignKey(\"fk_posts_tag_id_tags\", \"posts\", \"tags\", List.of(\"tag_id\"), List.of(\"id\"))",
                // email gone and bio new: perhaps a rename, as the comment says
                "may be email renamed");
        compile(next.writeTo(sources));
        migrator.upgrade("head");
        migrator.check(second());
        assertThatThrownBy(() -> migrator.check(first())).isInstanceOf(PendingChangesException.class)
                .hasMessageContaining("remove_table tags");

        migrator.downgrade("-1"); // the generated downgrade brings the first model back
        assertThat(migrator.current()).containsExactly("c1000000init");
        assertThat(migrator.compare(first())).isEmpty();
        assertThatThrownBy(() -> migrator.check(first())).isInstanceOf(PendingChangesException.class)
                .hasMessageContaining("Target database is not up to date");
    }

    /** Compiles a generated revision as javac would in the application's build. */
    static void compile(Path source) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("compiled");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, null, errors, "-d", out.toString(), "-Xlint:all", "-Werror",
                "-classpath", System.getProperty("java.class.path"), source.toString());
        assertThat(rc).as(errors.toString(StandardCharsets.UTF_8) + "\n" + Files.readString(source)).isZero();
    }
}
