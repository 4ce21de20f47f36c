package dev.ormkit.demo.seed;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import dev.ormkit.demo.model.Article;
import dev.ormkit.demo.model.Comment;
import dev.ormkit.demo.model.Favorite;
import dev.ormkit.demo.model.Follow;
import dev.ormkit.demo.model.Tag;
import dev.ormkit.demo.model.User;
import dev.ormkit.orm.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The guide's blog as sample data, written once into an empty database. */
@Service
public class SampleData {
    /** The password of every sample user. */
    public static final String PASSWORD = "password";
    private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);

    private final Session session;
    private final PasswordEncoder passwords;

    /** Sample data through the current session. */
    public SampleData(Session session, PasswordEncoder passwords) {
        this.session = session;
        this.passwords = passwords;
    }

    /** Seeds when there are no users yet; true when it did. */
    @Transactional
    public boolean seedIfEmpty() {
        if (session.query(User.class).exists()) {
            return false;
        }
        String hash = passwords.encode(PASSWORD);
        User alice = user("alice", hash, "Writes about Python and databases.");
        User bob = user("bob", hash, "ORMs, Java, and the occasional recipe.");
        User charlie = user("charlie", hash, null);
        session.addAll(List.of(alice, bob, charlie));
        Tag python = new Tag("python");
        Tag java = new Tag("java");
        Tag orm = new Tag("orm");
        Tag sql = new Tag("sql");
        LocalDateTime t = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).minusDays(7);
        Article first = article(alice, "First Post", "Hello World!", t, python);
        Article loading = article(alice, "Eager loading without surprises",
                "Use joinedLoad and selectinLoad to avoid N+1 queries.", t.plusDays(1), orm, python, sql);
        Article migrations = article(bob, "Migrations with orm-migrate",
                "Revisions as Java classes, applied at start-up.", t.plusDays(2), java, orm);
        Article sessions = article(bob, "Sessions and transactions in Spring",
                "@Transactional drives ormkit and JdbcTemplate on one connection.", t.plusDays(3), java);
        Article indexes = article(charlie, "Use indexes", "Add index=true to frequently queried columns.",
                t.plusDays(4), sql);
        session.addAll(List.of(first, loading, migrations, sessions, indexes));
        session.flush();
        session.addAll(List.of(
                new Comment(first.getId(), bob, "Welcome, Alice!", t.plusHours(2)),
                new Comment(loading.getId(), charlie, "selectinLoad saved my dashboard.", t.plusDays(1).plusHours(1)),
                new Comment(migrations.getId(), alice, "Like Alembic, in Java.", t.plusDays(2).plusHours(3)),
                new Follow(bob.getId(), alice.getId()),
                new Follow(charlie.getId(), alice.getId()),
                new Follow(alice.getId(), bob.getId()),
                new Favorite(bob.getId(), loading.getId()),
                new Favorite(charlie.getId(), loading.getId()),
                new Favorite(alice.getId(), migrations.getId())));
        LOG.info("Seeded sample data: users alice, bob, charlie (e-mail <name>@example.com, password '{}'), "
                + "5 articles, 4 tags", PASSWORD);
        return true;
    }

    private static User user(String name, String hash, String bio) {
        User u = new User(name, name + "@example.com", hash);
        u.setBio(bio);
        return u;
    }

    private static Article article(User author, String title, String body, LocalDateTime at, Tag... tags) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Article a = new Article(author, slug, title, body.length() > 60 ? body.substring(0, 60) : body, body, at);
        a.getTags().addAll(List.of(tags));
        return a;
    }
}
