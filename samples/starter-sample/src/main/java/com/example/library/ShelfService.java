package com.example.library;

import java.util.List;
import dev.ormkit.orm.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ShelfService {
    private final Session session; // the session of the current transaction, else of the request

    public ShelfService(Session session) {
        this.session = session;
    }

    @Transactional
    public Shelf create(String name, List<String> titles) {
        Shelf shelf = new Shelf(name);
        titles.forEach(t -> shelf.add(new Volume(t)));
        session.add(shelf);
        return shelf;
    }

    @Transactional(readOnly = true)
    public Shelf find(String name) {
        return session.query(Shelf.class).filterBy("name", name).one();
    }
}
