package dev.ormkit.demo.web;

import dev.ormkit.demo.api.Requests.LoginBody;
import dev.ormkit.demo.api.Requests.NewUserBody;
import dev.ormkit.demo.api.Requests.UpdateUserBody;
import dev.ormkit.demo.api.Views.UserEnvelope;
import dev.ormkit.demo.api.Views.UserView;
import dev.ormkit.demo.model.User;
import dev.ormkit.demo.security.CurrentUser;
import dev.ormkit.demo.security.JwtTokens;
import dev.ormkit.demo.service.UserService;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Conduit's "User and Authentication": register, login, current user. */
@RestController
@RequestMapping("/api")
public class ConduitUsersController {
    private final UserService users;
    private final JwtTokens tokens;
    private final CurrentUser current;

    /** The endpoints over {@code users}, issuing tokens with {@code tokens}. */
    public ConduitUsersController(UserService users, JwtTokens tokens, CurrentUser current) {
        this.users = users;
        this.tokens = tokens;
        this.current = current;
    }

    /** {@code POST /api/users}: registers and logs in. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserEnvelope register(@Valid @RequestBody NewUserBody body) {
        User user = users.register(body.user());
        return view(user, tokens.issue(user));
    }

    /** {@code POST /api/users/login}. */
    @PostMapping("/users/login")
    public UserEnvelope login(@Valid @RequestBody LoginBody body) {
        User user = users.login(body.user().email(), body.user().password());
        return view(user, tokens.issue(user));
    }

    /** {@code GET /api/user}: the token's user. */
    @GetMapping("/user")
    public UserEnvelope me() {
        return view(users.current(current.require()), current.token().orElseThrow());
    }

    /** {@code PUT /api/user}: changes the fields sent; a new token when the name changed. */
    @PutMapping("/user")
    public UserEnvelope update(@Valid @RequestBody UpdateUserBody body) {
        User user = users.update(current.require(), body.user());
        return view(user, tokens.issue(user));
    }

    private static UserEnvelope view(User user, String token) {
        return new UserEnvelope(new UserView(user.getEmail(), token, user.getUsername(), user.getBio(), user.getImage()));
    }
}
