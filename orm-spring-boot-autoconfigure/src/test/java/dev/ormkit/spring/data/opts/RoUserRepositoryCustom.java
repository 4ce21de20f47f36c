package dev.ormkit.spring.data.opts;

import java.util.List;

/** A hand-written fragment of {@link RoUserRepository}. */
public interface RoUserRepositoryCustom {

    /** Usernames of users with at least {@code posts} posts, by a GROUP BY the method names could not say. */
    List<String> usernamesWithAtLeast(int posts);
}
