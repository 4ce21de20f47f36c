package dev.ormkit.bench.jooq;

import static dev.ormkit.bench.jooq.Tables.*;

import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;
import org.jooq.Record;

/** Record to object, the way a jOOQ user without generated records writes it. */
public final class JooqMapping {
    private JooqMapping() {
    }

    /** A post from a record holding the {@code POSTS_*} fields. */
    public static Post post(Record r) {
        return new Post(r.get(POSTS_ID), r.get(POSTS_TITLE), r.get(POSTS_CONTENT), r.get(POSTS_USER_ID),
                r.get(POSTS_CREATED_AT));
    }

    /** A user from a record holding the {@code USERS_*} fields. */
    public static User user(Record r) {
        return new User(r.get(USERS_ID), r.get(USERS_USERNAME), r.get(USERS_EMAIL), r.get(USERS_IS_ACTIVE),
                r.get(USERS_CREATED_AT));
    }
}
