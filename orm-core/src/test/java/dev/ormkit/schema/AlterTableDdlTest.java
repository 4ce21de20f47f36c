package dev.ormkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.Dialects;
import org.junit.jupiter.api.Test;

/** The ALTER TABLE elements per dialect, and the naming convention they name constraints by. */
class AlterTableDdlTest {
    private final Dialect pg = Dialects.forName("postgresql");
    private final Dialect mysql = Dialects.forName("mysql");
    private final Dialect mariadb = Dialects.forName("mariadb");
    private final Dialect h2 = Dialects.forName("h2");
    private final Dialect sqlite = Dialects.forName("sqlite");

    private final Table users = new MetaData().table("users",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("email", Types.string(100)).notNull().serverDefault("''").unique(),
            Column.of("karma", Types.INTEGER).index());

    @Test
    void unnamedConstraintsAreNamedByAlembicsConvention() {
        assertThat(users.nameOf(users.uniqueConstraints().get(0))).isEqualTo("uq_users_email");
        assertThat(users.primaryKeyName()).isEqualTo("pk_users");
        assertThat(users.indexes().get(0).name()).isEqualTo("ix_users_karma");
        Table posts = new MetaData().table("posts", Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("user_id", Types.BIGINT).foreignKey("users.id"));
        assertThat(posts.nameOf(posts.foreignKeys().get(0))).isEqualTo("fk_posts_user_id_users");
        assertThat(new CreateTable(posts).toSql(pg)).contains("CONSTRAINT fk_posts_user_id_users FOREIGN KEY (user_id)");
        Table plain = new MetaData(NamingConvention.DATABASE_NAMES).table("t", Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("a", Types.INTEGER).unique());
        assertThat(new CreateTable(plain).toSql(pg)).contains("    PRIMARY KEY (id),\n    UNIQUE (a)");
    }

    @Test
    void columnChangesPerDialect() {
        assertThat(new AlterColumn(users, "email", AlterColumn.Change.TYPE).toSql(pg))
                .isEqualTo("ALTER TABLE users ALTER COLUMN email SET DATA TYPE VARCHAR(100)");
        assertThat(new AlterColumn(users, "email", AlterColumn.Change.NULLABLE).toSql(h2))
                .isEqualTo("ALTER TABLE users ALTER COLUMN email SET NOT NULL");
        assertThat(new AlterColumn(users, "email", AlterColumn.Change.SERVER_DEFAULT).toSql(pg))
                .isEqualTo("ALTER TABLE users ALTER COLUMN email SET DEFAULT ''");
        // MySQL restates the whole column, keeping what did not change
        assertThat(new AlterColumn(users, "email", AlterColumn.Change.TYPE).toSql(mysql))
                .isEqualTo("ALTER TABLE users MODIFY COLUMN email VARCHAR(100) DEFAULT '' NOT NULL");
        assertThat(new AlterColumn(users, "id", AlterColumn.Change.TYPE).toSql(mariadb))
                .isEqualTo("ALTER TABLE users MODIFY COLUMN id BIGINT AUTO_INCREMENT NOT NULL");
        assertThat(new AddColumn(users, "karma").toSql(pg)).isEqualTo("ALTER TABLE users ADD COLUMN karma INTEGER");
        assertThat(new DropColumn(users, "karma").toSql(mysql)).isEqualTo("ALTER TABLE users DROP COLUMN karma");
        assertThat(new RenameColumn("users", "karma", "score").toSql(h2)).isEqualTo("ALTER TABLE users RENAME COLUMN karma TO score");
        assertThat(new RenameTable("users", "members").toSql(mysql)).isEqualTo("ALTER TABLE users RENAME TO members");
    }

    @Test
    void constraintsAreDroppedInEachDatabasesWords() {
        assertThat(new DropConstraint("users", "uq_users_email", ConstraintKind.UNIQUE).toSql(pg))
                .isEqualTo("ALTER TABLE users DROP CONSTRAINT uq_users_email");
        assertThat(new DropConstraint("users", "uq_users_email", ConstraintKind.UNIQUE).toSql(mysql))
                .isEqualTo("ALTER TABLE users DROP INDEX uq_users_email");
        assertThat(new DropConstraint("users", "fk_x", ConstraintKind.FOREIGN_KEY).toSql(mariadb))
                .isEqualTo("ALTER TABLE users DROP FOREIGN KEY fk_x");
        assertThat(new DropConstraint("users", "ck_x", ConstraintKind.CHECK).toSql(mysql)).isEqualTo("ALTER TABLE users DROP CHECK ck_x");
        assertThat(new DropConstraint("users", "ck_x", ConstraintKind.CHECK).toSql(mariadb))
                .isEqualTo("ALTER TABLE users DROP CONSTRAINT ck_x");
        assertThat(new AddConstraint(users, new CheckConstraint("ck_karma", "karma >= 0")).toSql(pg))
                .isEqualTo("ALTER TABLE users ADD CONSTRAINT ck_karma CHECK (karma >= 0)");
        assertThat(new AddConstraint(users, new UniqueConstraint(null, List.of("karma"))).toSql(pg))
                .isEqualTo("ALTER TABLE users ADD CONSTRAINT uq_users_karma UNIQUE (karma)");
    }

    @Test
    void sqliteSaysWhatItsAlterTableCannotDo() {
        assertThat(sqlite.canAlterInPlace(new AddColumn(users, "karma"))).isTrue();
        assertThat(sqlite.canAlterInPlace(new AddColumn(users, "email"))).as("unique").isFalse();
        assertThat(sqlite.canAlterInPlace(new DropColumn(users, "karma"))).as("indexed").isFalse();
        assertThat(sqlite.canAlterInPlace(new RenameColumn("users", "karma", "score"))).isTrue();
        assertThat(sqlite.canAlterInPlace(new AlterColumn(users, "email", AlterColumn.Change.TYPE))).isFalse();
        assertThat(pg.canAlterInPlace(new AlterColumn(users, "email", AlterColumn.Change.TYPE))).isTrue();
        assertThat(sqlite.supportsTransactionalDdl()).isTrue();
        assertThat(mariadb.supportsTransactionalDdl()).isFalse();
        assertThat(h2.supportsTransactionalDdl()).isFalse();
    }
}
