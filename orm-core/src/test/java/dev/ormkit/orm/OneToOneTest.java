package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.model.Account;
import dev.ormkit.model.Profile;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** A scalar one-to-one ({@code uselist = false}): both sides kept in step, the foreign key follows the object. */
class OneToOneTest {

    private static SessionFactory factory(Engine engine) {
        MetaData metadata = MetaData.of(Account.class, Profile.class);
        metadata.createAll(engine);
        return SessionFactory.builder(engine).metadata(metadata).build();
    }

    private static @org.jspecify.annotations.Nullable Object accountIdOf(Engine engine, String bio) {
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT account_id FROM profiles WHERE bio = :bio"), java.util.Map.of("bio", bio)).first();
            return row == null ? "missing" : row.get(0);
        }
    }

    @AllDatabases
    void settingTheParentSideSetsTheChildsReferenceAndKey(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        Account alice = new Account("alice");
        Profile profile = new Profile("hello");
        try (Session session = sessions.open()) {
            alice.profile = profile;        // only the scalar parent side
            session.add(alice);             // the profile follows by cascade
            session.flush();
            assertThat(profile.account).isSameAs(alice);
            assertThat(profile.accountId).isEqualTo(alice.id);
            session.commit();
        }
        assertThat(((Number) accountIdOf(engine, "hello")).longValue()).isEqualTo(alice.id);
        try (Session session = sessions.open()) {
            Account loaded = session.get(Account.class, alice.id);
            // the key is in the other table: the scalar is loaded with the account
            assertThat(loaded.profile).isNotNull();
            assertThat(loaded.profile.bio).isEqualTo("hello");
            assertThat(loaded.profile.account).isSameAs(loaded);
        }
    }

    @AllDatabases
    void settingTheChildSideFillsTheParentsScalar(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        Account bob = new Account("bob");
        Profile profile = new Profile("bob's");
        try (Session session = sessions.open()) {
            profile.account = bob;          // only the many-to-one side
            session.add(profile);
            session.flush();
            assertThat(bob.profile).isSameAs(profile);
            assertThat(profile.accountId).isEqualTo(bob.id);
            session.commit();
        }
        assertThat(((Number) accountIdOf(engine, "bob's")).longValue()).isEqualTo(bob.id);
    }

    @AllDatabases
    void replacingTheScalarMovesTheKey(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        Account carol = new Account("carol");
        Profile first = new Profile("first");
        Profile second = new Profile("second");
        try (Session session = sessions.open()) {
            carol.profile = first;
            session.add(carol);
            session.add(second);
            session.commit();
        }
        try (Session session = sessions.open()) {
            Account c = session.get(Account.class, carol.id);
            Profile f = session.query(Profile.class).filterBy("bio", "first").one();
            Profile s = session.query(Profile.class).filterBy("bio", "second").one();
            c.profile = s;                  // the old one loses its key, the new one gets it
            session.flush();
            assertThat(s.account).isSameAs(c);
            assertThat(f.account).isNull();
            session.commit();
        }
        assertThat(accountIdOf(engine, "first")).isNull();
        assertThat(((Number) accountIdOf(engine, "second")).longValue()).isEqualTo(carol.id);
    }
}
