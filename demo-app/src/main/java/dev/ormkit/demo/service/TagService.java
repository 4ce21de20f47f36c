package dev.ormkit.demo.service;

import static dev.ormkit.sql.Sql.select;

import java.util.List;
import dev.ormkit.demo.model.Tag_;
import dev.ormkit.orm.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tag cloud. */
@Service
public class TagService {
    private final Session session;

    /** Tags through the current session. */
    public TagService(Session session) {
        this.session = session;
    }

    /** Every tag's name, alphabetically: one statement. */
    @Transactional(readOnly = true)
    public List<String> all() {
        return session.scalars(select(Tag_.name).orderBy(Tag_.name.asc()), String.class).all();
    }
}
