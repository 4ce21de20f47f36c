package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.engine.Engine;
import dev.ormkit.exc.DetachedInstanceException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.MappingException;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.model.User;
import dev.ormkit.schema.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wrong uses of a session fail with an exception that says what state things were in and what to do. */
class SessionMisuseTest {
    private Engine engine;
    private SessionFactory sessions;

    @BeforeEach
    void setUp() {
        engine = Engine.create("h2:mem:session_misuse_" + System.nanoTime());
        // the tables of what User relates to too: merge() loads a collection before replacing it
        MetaData md = MetaData.of(User.class, dev.ormkit.model.Post.class, dev.ormkit.model.Comment.class,
                dev.ormkit.model.Tag.class);
        md.createAll(engine);
        sessions = SessionFactory.builder(engine).metadata(md).build();
    }

    @AfterEach
    void tearDown() {
        engine.dispose();
    }

    /** A mapped class without a primary key. */
    @Table("keyless")
    static class Keyless {
        @Column String name;
    }

    @Test
    void theFactoryValidatesMappingsWhenBuilt() {
        assertThatThrownBy(() -> SessionFactory.builder(engine).classes(Keyless.class).build())
                .isInstanceOf(MappingException.class).hasMessageContaining("Keyless");
    }

    @Test
    void deletingWhatWasNeverSavedIsRefused() {
        try (Session session = sessions.open()) {
            User transientUser = Blog.user("alice");
            assertThatThrownBy(() -> session.delete(transientUser)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("not persisted");
            session.add(transientUser);
            assertThatThrownBy(() -> session.delete(transientUser)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("expunge()");
        }
    }

    @Test
    void anObjectBelongsToOneOpenSessionAtATime() {
        User alice = Blog.user("alice");
        try (Session first = sessions.open(); Session second = sessions.open()) {
            first.add(alice);
            assertThatThrownBy(() -> second.add(alice)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("another open session").hasMessageContaining("merge()");
        }
    }

    @Test
    void aDetachedObjectMustBeAttachedBeforeRefresh() {
        User alice = Blog.user("alice");
        try (Session session = sessions.open()) {
            session.add(alice);
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.refresh(alice)).isInstanceOf(DetachedInstanceException.class)
                    .hasMessageContaining("User(" + alice.getId() + ")").hasMessageContaining("detached");
            session.add(alice);
            session.refresh(alice);
            assertThat(alice.getUsername()).isEqualTo("alice");
        }
    }

    @Test
    void aClosedSessionSaysSo() {
        Session session = sessions.open();
        session.close();
        session.close(); // idempotent
        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(() -> session.query(User.class)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void twoObjectsForOneRowCannotShareASession() {
        User alice = Blog.user("alice");
        try (Session session = sessions.open()) {
            session.add(alice);
            session.commit();
        }
        try (Session session = sessions.open()) {
            User loaded = session.get(User.class, alice.getId());
            assertThat(loaded).isNotSameAs(alice);
            assertThatThrownBy(() -> session.add(alice)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("merge()");
            assertThat(session.merge(alice)).isSameAs(loaded);
        }
    }
}
