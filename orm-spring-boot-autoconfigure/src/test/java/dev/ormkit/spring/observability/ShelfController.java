package dev.ormkit.spring.observability;

import dev.ormkit.orm.Session;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A view that walks every shelf's books lazily through the request's session: an N+1 site. */
@RestController
class ShelfController {
    private final Session session;

    ShelfController(Session session) {
        this.session = session;
    }

    @GetMapping("/shelves/books")
    int books() {
        int books = 0;
        for (Shelf shelf : session.query(Shelf.class).all()) {
            books += shelf.getBooks().size(); // the N+1 site the endpoint reports
        }
        return books;
    }
}
