package dev.ormkit.spring.it;

import dev.ormkit.orm.Session;
import dev.ormkit.spring.it.model.Author;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InnerService {
    private final Session session;

    public InnerService(Session session) {
        this.session = session;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Author createInNewTransaction(String name) {
        Author a = new Author(name);
        session.add(a);
        return a;
    }
}
