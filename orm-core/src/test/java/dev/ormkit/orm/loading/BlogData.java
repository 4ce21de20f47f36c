package dev.ormkit.orm.loading;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Engine;
import dev.ormkit.model.Comment;
import dev.ormkit.model.Post;
import dev.ormkit.model.Tag;
import dev.ormkit.model.User;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.TestDatabase;

/** The guide's blog schema on a test database, with a few users, posts, comments and tags. */
final class BlogData {
    final Engine engine;
    final MetaData metadata;

    BlogData(TestDatabase db) {
        engine = db.engine();
        metadata = MetaData.of(User.class, Post.class, Comment.class, Tag.class);
        metadata.createAll(engine);
    }

    SessionFactory sessions() {
        return SessionFactory.builder(engine).metadata(metadata).nPlusOne(NPlusOneMode.OFF).build();
    }

    SessionFactory.Builder builder() {
        return SessionFactory.builder(engine).metadata(metadata);
    }

    static User user(String name) {
        return new User(name, name + "@example.com", "hashed-" + name);
    }

    /** {@code users} users named user00.., each with {@code postsEach} posts "title u-p". */
    void fill(int users, int postsEach) {
        try (Session session = sessions().open()) {
            List<User> all = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                User user = user(String.format("user%02d", u));
                for (int p = 0; p < postsEach; p++) {
                    user.addPost(new Post("title " + u + "-" + p, "content"));
                }
                all.add(user);
            }
            session.addAll(all);
            session.commit();
        }
    }
}
