package dev.ormkit.demo.service;

import dev.ormkit.demo.api.ApiException;
import dev.ormkit.demo.api.Requests.NewUser;
import dev.ormkit.demo.api.Requests.UpdateUser;
import dev.ormkit.demo.model.User;
import dev.ormkit.demo.model.UserRepository;
import dev.ormkit.orm.Session;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, login and the current user's account. A taken user name or e-mail is found by
 * the database's unique constraints at flush (a {@code DuplicateKeyException}), not by a
 * look-up first that a concurrent registration could slip past.
 */
@Service
public class UserService {
    private final Session session;
    private final UserRepository users;
    private final PasswordEncoder passwords;

    /** Accounts through the current session and the repository. */
    public UserService(Session session, UserRepository users, PasswordEncoder passwords) {
        this.session = session;
        this.users = users;
        this.passwords = passwords;
    }

    /** Registers a user; the id is set when this returns. */
    @Transactional
    public User register(NewUser request) {
        User user = new User(request.username(), request.email(), passwords.encode(request.password()));
        session.add(user);
        session.flush();
        return user;
    }

    /** The user with these credentials; 401 when the e-mail is unknown or the password wrong. */
    @Transactional(readOnly = true)
    public User login(String email, String password) {
        User user = users.findByEmail(email).orElse(null);
        if (user == null || !passwords.matches(password, user.getPasswordHash())) {
            throw ApiException.unauthorized("email or password is invalid");
        }
        return user;
    }

    /** The user with {@code id}; 401 when the token outlived the account. */
    @Transactional(readOnly = true)
    public User current(long id) {
        return require(id);
    }

    /** Applies the fields present in {@code request}. */
    @Transactional
    public User update(long id, UpdateUser request) {
        User user = require(id);
        if (request.email() != null) {
            user.setEmail(request.email());
        }
        if (request.username() != null) {
            user.setUsername(request.username());
        }
        if (request.password() != null) {
            user.setPasswordHash(passwords.encode(request.password()));
        }
        if (request.bio() != null) {
            user.setBio(request.bio());
        }
        if (request.image() != null) {
            user.setImage(request.image());
        }
        session.flush();
        return user;
    }

    private User require(long id) {
        User user = session.get(User.class, id);
        if (user == null) {
            throw ApiException.unauthorized("the token's user no longer exists");
        }
        return user;
    }
}
