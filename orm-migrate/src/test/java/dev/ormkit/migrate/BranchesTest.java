package dev.ormkit.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import dev.ormkit.engine.Engine;
import dev.ormkit.schema.Inspector;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

/** Branches, labels, the multiple-heads error and a merge written by {@code merge} and then applied. */
class BranchesTest {
    @TempDir
    Path sources;

    @AllDatabases
    void branchesAreUpgradedByLabelAndJoinedByAMerge(TestDatabase db) {
        Engine engine = db.engine();
        Migrator migrator = Migrator.builder(engine).packages("dev.ormkit.migrate.branches").sourceDirectory(sources).build();
        assertThat(migrator.heads()).containsExactly("b2000000left", "b3000000rite");
        assertThat(migrator.branches()).containsExactly("b1000000aaaa");

        assertThatThrownBy(() -> migrator.upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Multiple head revisions are present for given argument 'head'")
                .hasMessageContaining("'<branchname>@head'").hasMessageContaining("'heads'")
                .hasMessageContaining("merge");
        assertThat(migrator.current()).isEmpty();

        migrator.upgrade("left@head");
        assertThat(migrator.current()).containsExactly("b2000000left");
        migrator.upgrade("heads");
        assertThat(migrator.current()).containsExactly("b2000000left", "b3000000rite");
        assertThat(Inspector.of(engine).tableNames()).contains("left_things", "right_things");
        assertThatThrownBy(() -> migrator.revision("more").source())
                .isInstanceOf(MigrationException.class).hasMessageContaining("Multiple heads are present");

        RevisionWriter merge = migrator.merge("join left and right").id("b4000000join");
        assertThat(merge.source()).contains("down = {\"b2000000left\", \"b3000000rite\"}");
        merge.writeTo(sources);
        assertThat(migrator.heads()).containsExactly("b4000000join");

        migrator.upgrade("head");
        assertThat(migrator.current()).containsExactly("b4000000join");
        migrator.downgrade("-1");
        assertThat(migrator.current()).containsExactly("b2000000left", "b3000000rite");
        migrator.downgrade("b1000"); // a unique prefix; both branches above it are undone
        assertThat(migrator.current()).containsExactly("b1000000aaaa");
        assertThat(Inspector.of(engine).tableNames()).doesNotContain("left_things", "right_things").contains("things");
        migrator.upgrade("right"); // a label names its revision
        assertThat(migrator.current()).containsExactly("b3000000rite");
        migrator.upgrade("head");
        assertThat(migrator.current()).containsExactly("b4000000join");
        assertThat(migrator.history()).extracting(RevisionInfo::id).first().isEqualTo("b4000000join");

        migrator.stamp("base");
        assertThat(migrator.current()).isEmpty();
        migrator.stamp("heads");
        assertThat(migrator.current()).containsExactly("b4000000join");
    }

    @AllDatabases
    void aFailingRevisionLeavesTheVersionTableTruthful(TestDatabase db) {
        Engine engine = db.engine();
        Migrator migrator = Migrator.builder(engine).packages("dev.ormkit.migrate.failing").build();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> migrator.upgrade("head"));
        assertThat(failure).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Upgrade to revision f2000000bad0 (audit, broken) failed on " + engine.dialect().name())
                .hasMessageContaining("no_such_table")
                .hasMessageContaining("orm_version still records f1000000good, the last completed revision");
        assertThat(migrator.current()).containsExactly("f1000000good");
        assertThat(Inspector.of(engine).hasTable("accounts")).isTrue();
        switch (db.kind()) {
            case POSTGRESQL, SQLITE -> {
                assertThat(failure).hasMessageContaining("The revision was rolled back");
                assertThat(Inspector.of(engine).hasTable("audit")).isFalse();
            }
            case MARIADB, H2 -> {
                assertThat(failure).hasMessageContaining("commits DDL as it runs, so this revision is partly applied")
                        .hasMessageContaining("CREATE TABLE audit");
                assertThat(Inspector.of(engine).hasTable("audit")).isTrue();
            }
        }
    }
}
