package dev.ormkit.spring.it;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import dev.ormkit.engine.DatabaseUrl;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.StaleDataException;
import dev.ormkit.orm.Session;
import dev.ormkit.spring.it.model.Author;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring's transaction manager driving ormkit sessions, the same body on each database (one
 * subclass per database, each with its own cached context).
 */
@SpringBootTest(classes = TestApplication.class, properties = "orm.ddl-auto=create")
abstract class TransactionBehaviour {

    @Autowired Session session;
    @Autowired AuthorService service;
    @Autowired AuthorRepository repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    /** Points Boot's DataSource at the scratch database of {@code kind}. */
    static void datasource(DynamicPropertyRegistry registry, DatabaseKind kind) {
        DatabaseUrl url = SpringDatabases.database(kind);
        registry.add("spring.datasource.url", url::jdbcUrl);
        registry.add("spring.datasource.username", () -> url.username() == null ? "" : url.username());
        registry.add("spring.datasource.password", () -> url.password() == null ? "" : url.password());
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        if (kind == DatabaseKind.SQLITE) {
            // as ormkit's own engine does: SQLite checks foreign keys only when asked, per connection
            registry.add("spring.datasource.hikari.data-source-properties.foreign_keys", () -> "true");
            registry.add("spring.datasource.hikari.data-source-properties.busy_timeout", () -> "5000");
        }
    }

    @AfterEach
    void emptyTables() {
        jdbc.update("DELETE FROM books");
        jdbc.update("DELETE FROM authors");
    }

    TransactionTemplate tx(int propagation) {
        TransactionTemplate t = new TransactionTemplate(transactionManager);
        t.setPropagationBehavior(propagation);
        return t;
    }

    List<String> namesInDatabase() {
        return jdbc.queryForList("SELECT name FROM authors ORDER BY name", String.class);
    }

    @Test
    void commitFlushesAndCommits() {
        Author a = service.create("ada", "Notes", "Sketches");
        assertThat(a.getId()).isNotNull();
        assertThat(namesInDatabase()).containsExactly("ada");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM books WHERE author_id = ?", Integer.class, a.getId()))
                .isEqualTo(2);
    }

    @Test
    void exceptionRollsBackWithNothingPersisted() {
        assertThatThrownBy(() -> service.createThenFail("bob")).hasMessage("boom after bob");
        assertThat(namesInDatabase()).isEmpty();
    }

    @Test
    void requiresNewSurvivesOuterRollback() {
        AtomicReference<List<String>> seenInOuter = new AtomicReference<>();
        assertThatThrownBy(() -> service.outerFailsAfterRequiresNew("outer", "inner",
                () -> seenInOuter.set(namesInDatabase()))).hasMessage("outer fails");
        // inside the outer transaction, JdbcTemplate saw both: its own flushed row and the committed inner one
        assertThat(seenInOuter.get()).containsExactly("inner", "outer");
        assertThat(namesInDatabase()).containsExactly("inner");
    }

    @Test
    void nestedRollsBackToItsSavepointAndTheSessionStaysConsistent() {
        tx(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(outer -> {
            Author kept = new Author("kept");
            session.add(kept);
            Author renamed = new Author("before");
            session.add(renamed);
            AtomicReference<Author> inNested = new AtomicReference<>();
            try {
                tx(TransactionDefinition.PROPAGATION_NESTED).executeWithoutResult(nested -> {
                    // the outer objects were flushed before the SAVEPOINT, so the rollback keeps them
                    assertThat(namesInDatabase()).containsExactly("before", "kept");
                    renamed.setName("after");
                    Author lost = new Author("lost");
                    session.add(lost);
                    inNested.set(lost);
                    session.flush();
                    assertThat(namesInDatabase()).containsExactly("after", "kept", "lost");
                    throw new IllegalStateException("nested fails");
                });
            } catch (IllegalStateException expected) {
                assertThat(expected).hasMessage("nested fails");
            }
            assertThat(namesInDatabase()).containsExactly("before", "kept");
            // in memory: the object inserted in the nested scope is gone from the session, the
            // changed one is expired and reads the database's value again
            assertThat(session.contains(inNested.get())).isFalse();
            assertThat(session.contains(kept)).isTrue();
            Author reloaded = session.get(Author.class, renamed.getId());
            assertThat(reloaded).isSameAs(renamed);
            assertThat(reloaded.getName()).isEqualTo("before");
            kept.setName("kept2");
        });
        assertThat(namesInDatabase()).containsExactly("before", "kept2");
    }

    @Test
    void nestedThatCommitsKeepsItsWork() {
        tx(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(outer -> {
            session.add(new Author("first"));
            tx(TransactionDefinition.PROPAGATION_NESTED).executeWithoutResult(nested -> session.add(new Author("second")));
            session.add(new Author("third"));
        });
        assertThat(namesInDatabase()).containsExactly("first", "second", "third");
    }

    @Test
    void readOnlySkipsTheFlush() {
        service.create("reader");
        service.renameReadOnly("reader", "renamed");
        assertThat(namesInDatabase()).containsExactly("reader");
    }

    @Test
    void timeoutReachesEveryStatement() {
        TransactionTemplate t = tx(TransactionDefinition.PROPAGATION_REQUIRED);
        t.setTimeout(1);
        assertThatThrownBy(() -> t.executeWithoutResult(status -> {
            session.add(new Author("slow"));
            session.flush();
            sleep(1100);
            session.query(Author.class).count();
        })).isInstanceOf(TransactionTimedOutException.class);
        assertThat(namesInDatabase()).isEmpty();
    }

    @Test
    void jdbcTemplateAndSessionSeeEachOtherInOneTransaction() {
        tx(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
            session.add(new Author("orm"));
            session.flush();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM authors WHERE name = 'orm'", Integer.class)).isEqualTo(1);
            jdbc.update("INSERT INTO authors (name, version) VALUES ('jdbc', 1)");
            session.add(new Author("pending"));
            // autoflush sends "pending" first; the query sees JdbcTemplate's row too
            assertThat(session.query(Author.class).all()).extracting(Author::getName)
                    .containsExactlyInAnyOrder("orm", "jdbc", "pending");
            status.setRollbackOnly();
        });
        assertThat(namesInDatabase()).isEmpty();
    }

    @Test
    void uniqueViolationIsDuplicateKeyException() {
        service.create("dup");
        assertThatThrownBy(() -> service.create("dup"))
                .isInstanceOf(DuplicateKeyException.class)
                .hasCauseInstanceOf(IntegrityException.class)
                .hasMessageContaining("authors");
        assertThatThrownBy(() -> service.inTransaction(() -> {
            session.add(new Author("dup"));
            session.flush();
            return null;
        })).isInstanceOf(DuplicateKeyException.class).hasCauseInstanceOf(IntegrityException.class);
        // a @Repository bean's own session: Spring's exception translation post-processor
        assertThatThrownBy(() -> repository.insertOwnSession("dup"))
                .isInstanceOf(DuplicateKeyException.class).hasCauseInstanceOf(IntegrityException.class);
        assertThat(namesInDatabase()).containsExactly("dup");
    }

    @Test
    void lostUpdateIsOptimisticLockingFailure() {
        Author a = service.create("versioned");
        assertThatThrownBy(() -> service.inTransaction(() -> {
            Author loaded = session.get(Author.class, a.getId());
            // another writer got there first
            jdbc.update("UPDATE authors SET version = version + 1, name = 'theirs' WHERE id = ?", a.getId());
            loaded.setName("mine");
            return null;
        })).isInstanceOf(OptimisticLockingFailureException.class).hasCauseInstanceOf(StaleDataException.class);
        assertThat(namesInDatabase()).containsExactly("versioned");
    }

    @Test
    void mandatoryAndNeverFollowSpringsRules() {
        assertThatThrownBy(() -> service.mandatory())
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        tx(TransactionDefinition.PROPAGATION_NOT_SUPPORTED).executeWithoutResult(status -> {
            // a scope without a transaction still has a session: reads work
            assertThat(session.query(Author.class).count()).isZero();
        });
    }

    @Test
    void isolationSupportsAndNeverFollowSpringsRules() {
        TransactionTemplate serializable = tx(TransactionDefinition.PROPAGATION_REQUIRED);
        serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        serializable.executeWithoutResult(status -> {
            // the session runs on the transaction's own connection, so with its isolation level
            try {
                assertThat(session.connection().jdbcConnection().getTransactionIsolation())
                        .isEqualTo(java.sql.Connection.TRANSACTION_SERIALIZABLE);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            session.add(new Author("isolated"));
        });
        assertThat(namesInDatabase()).containsExactly("isolated");
        tx(TransactionDefinition.PROPAGATION_SUPPORTS).executeWithoutResult(status ->
                assertThat(session.query(Author.class).count()).isEqualTo(1));
        assertThatThrownBy(() -> service.inTransaction(() -> tx(TransactionDefinition.PROPAGATION_NEVER)
                .execute(status -> null)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void outsideAnyScopeTheSessionSaysHowToOpenOne() {
        assertThatThrownBy(() -> session.query(Author.class).all())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@Transactional")
                .hasMessageContaining("SessionFactory.open()");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
