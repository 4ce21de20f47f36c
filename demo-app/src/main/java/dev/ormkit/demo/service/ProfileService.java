package dev.ormkit.demo.service;

import dev.ormkit.demo.api.ApiException;
import dev.ormkit.demo.api.Views.ProfileView;
import dev.ormkit.demo.model.Follow;
import dev.ormkit.demo.model.Follow_;
import dev.ormkit.demo.model.User;
import dev.ormkit.demo.model.UserRepository;
import dev.ormkit.orm.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Profiles and follows. */
@Service
public class ProfileService {
    private final Session session;
    private final UserRepository users;

    /** Profiles through the current session and the repository. */
    public ProfileService(Session session, UserRepository users) {
        this.session = session;
        this.users = users;
    }

    /** {@code username}'s profile as {@code reader} (null: anonymous) sees it. */
    @Transactional(readOnly = true)
    public ProfileView get(String username, Long reader) {
        User user = byName(username);
        return ViewAssembler.profile(user, reader != null && follows(reader, user.getId()));
    }

    /** {@code reader} follows {@code username} (again: no change). */
    @Transactional
    public ProfileView follow(String username, long reader) {
        User user = byName(username);
        if (user.getId() == reader) {
            throw ApiException.unprocessable("you cannot follow yourself");
        }
        if (!follows(reader, user.getId())) {
            session.add(new Follow(reader, user.getId()));
            session.flush();
        }
        return ViewAssembler.profile(user, true);
    }

    /** {@code reader} no longer follows {@code username}. */
    @Transactional
    public ProfileView unfollow(String username, long reader) {
        User user = byName(username);
        session.query(Follow.class)
                .filter(Follow_.followerId.eq(reader), Follow_.followeeId.eq(user.getId())).delete();
        return ViewAssembler.profile(user, false);
    }

    private boolean follows(long follower, long followee) {
        return session.query(Follow.class)
                .filter(Follow_.followerId.eq(follower), Follow_.followeeId.eq(followee)).exists();
    }

    private User byName(String username) {
        return users.findByUsername(username).orElseThrow(() -> ApiException.notFound("profile '" + username + "'"));
    }
}
