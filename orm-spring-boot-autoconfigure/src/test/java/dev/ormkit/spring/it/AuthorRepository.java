package dev.ormkit.spring.it;

import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.it.model.Author;
import org.springframework.stereotype.Repository;

/** Uses a session of its own, so its exceptions are translated by Spring's @Repository post-processor. */
@Repository
public class AuthorRepository {
    private final SessionFactory sessions;

    public AuthorRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public void insertOwnSession(String name) {
        try (Session s = sessions.open()) {
            s.add(new Author(name));
            s.commit();
        }
    }
}
