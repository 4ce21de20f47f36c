package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import dev.ormkit.exc.MultipleResultsException;
import dev.ormkit.exc.StaleDataException;
import dev.ormkit.model.User;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** Errors carry their facts as fields, not only in their message. */
class ExceptionFieldsTest {

    @AllDatabases
    void aLostUpdateNamesTheClassTheKeyAndTheExpectedVersion(TestDatabase db) {
        Blog blog = new Blog(db);
        Invoice invoice = new Invoice("acme");
        try (Session session = blog.sessions.open()) {
            session.add(invoice);
            session.commit();
        }
        try (Session session = blog.sessions.open()) {
            Invoice mine = session.get(Invoice.class, invoice.getId());
            assertThat(mine.getVersion()).isEqualTo(1L);
            // the row moves on behind the session's back (as another transaction's commit would;
            // SQLite allows one writer, so the change goes through the session's own connection)
            session.execute(text("UPDATE invoices SET version = 2 WHERE id = :id"), Map.of("id", invoice.getId()));
            mine.setCustomer("changed");
            StaleDataException e = catchThrowableOfType(session::flush, StaleDataException.class);
            assertThat(e).isNotNull();
            assertThat(e.getEntityType()).isEqualTo(Invoice.class);
            assertThat(e.getIdentity()).containsExactly(invoice.getId());
            assertThat(e.getExpectedVersion()).isEqualTo(1L);
            assertThat(e.getMessage()).contains("version is no longer 1");
        }
    }

    @AllDatabases
    void multipleResultsCarryTheCount(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            session.add(Blog.user("ann"));
            session.add(Blog.user("bob"));
            session.add(Blog.user("cid"));
            session.commit();
            MultipleResultsException core = catchThrowableOfType(
                    () -> session.execute(text("SELECT username FROM users")).one(), MultipleResultsException.class);
            assertThat(core.getCount()).isEqualTo(3);
            MultipleResultsException orm = catchThrowableOfType(
                    () -> session.query(User.class).oneOrNone(), MultipleResultsException.class);
            assertThat(orm.getCount()).as("a query reads two rows to tell").isEqualTo(2);
        }
    }
}
