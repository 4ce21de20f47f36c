package dev.ormkit.spring.it;

import java.util.function.Supplier;
import dev.ormkit.orm.Session;
import dev.ormkit.spring.it.model.Author;
import dev.ormkit.spring.it.model.Book;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Transactional service methods the tests call through Spring's proxy. */
@Service
public class AuthorService {
    private final Session session;
    private final InnerService inner;

    public AuthorService(Session session, InnerService inner) {
        this.session = session;
        this.inner = inner;
    }

    @Transactional
    public Author create(String name, String... titles) {
        Author a = new Author(name);
        for (String t : titles) {
            a.addBook(new Book(t));
        }
        session.add(a);
        return a;
    }

    @Transactional
    public void createThenFail(String name) {
        session.add(new Author(name));
        session.flush();
        throw new IllegalStateException("boom after " + name);
    }

    /** Adds {@code outer}, commits {@code innerName} in its own transaction, flushes, then fails. */
    @Transactional
    public void outerFailsAfterRequiresNew(String outer, String innerName, Runnable afterFlush) {
        Author a = new Author(outer);
        session.add(a);
        Author b = inner.createInNewTransaction(innerName);
        if (session.contains(b)) {
            throw new AssertionError("the REQUIRES_NEW scope used the outer session");
        }
        session.flush();
        afterFlush.run();
        throw new IllegalStateException("outer fails");
    }

    @Transactional(readOnly = true)
    public Author find(String name) {
        return session.query(Author.class).filterBy("name", name).one();
    }

    @Transactional(readOnly = true)
    public void renameReadOnly(String name, String newName) {
        find(name).setName(newName);
        session.add(new Author(newName + "-added"));
    }

    @Transactional
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Session mandatory() {
        return session;
    }
}
