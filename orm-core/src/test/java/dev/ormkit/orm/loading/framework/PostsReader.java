package dev.ormkit.orm.loading.framework;

import dev.ormkit.model.User;

/** Stands for a data-access layer between the application and the session: the frame a call site should skip. */
public final class PostsReader {
    private PostsReader() {
    }

    /** Touches the user's lazy posts. */
    public static int postsOf(User user) {
        return user.getPosts().size();
    }
}
