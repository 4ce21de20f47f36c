package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.model.Comment;
import dev.ormkit.model.Post;
import dev.ormkit.model.Tag;
import dev.ormkit.model.User;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.TestDatabase;

/** The guide's blog schema (plus the session tests' own models) created on a test database. */
final class Blog {
    final Engine engine;
    final MetaData metadata;
    final SessionFactory sessions;
    /** The SQL of every statement sent, in order (clear it to start a measurement). */
    final List<String> sql = Collections.synchronizedList(new ArrayList<>());

    Blog(TestDatabase db) {
        this(db, true);
    }

    Blog(TestDatabase db, boolean expireOnCommit) {
        engine = db.engine();
        metadata = MetaData.of(User.class, Post.class, Comment.class, Tag.class, Node.class, Invoice.class,
                InvoiceLine.class);
        metadata.createAll(engine);
        sessions = SessionFactory.builder(engine).metadata(metadata).expireOnCommit(expireOnCommit).build();
        engine.events().addStatementListener(new StatementListener() {
            @Override
            public void onStatementStart(StatementEvent event) {
                sql.add(event.sql());
            }
        });
    }

    List<String> statementsStartingWith(String prefix) {
        List<String> out = new ArrayList<>();
        synchronized (sql) {
            for (String s : sql) {
                if (s.startsWith(prefix)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static User user(String name) {
        return new User(name, name + "@example.com", "hashed-" + name);
    }
}
