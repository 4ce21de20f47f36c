package dev.ormkit.demo.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import dev.ormkit.demo.model.User;
import dev.ormkit.demo.model.UserRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guide's own Flask and FastAPI routes: {@code GET /users}, {@code GET /user/<username>}
 * (its {@code first_or_404}, as an RFC 9457 problem detail) and {@code POST /users}.
 */
@RestController
public class GuideController {
    private final UserRepository users;
    private final PasswordEncoder passwords;

    /** The routes over the user repository. */
    public GuideController(UserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** {@code GET /users?page=0&size=20}: user names, a page at a time. */
    @GetMapping("/users")
    public Map<String, Object> users(@RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        Page<User> found = users.findAll(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by("id")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("users", found.map(User::getUsername).getContent());
        out.put("page", found.getNumber());
        out.put("size", found.getSize());
        out.put("total", found.getTotalElements());
        return out;
    }

    /** {@code GET /user/{username}}: the guide's {@code filter_by(username=...).first_or_404()}. */
    @GetMapping("/user/{username}")
    public ResponseEntity<?> user(@PathVariable String username) {
        return users.findByUsername(username)
                .<ResponseEntity<?>>map(u -> ResponseEntity.ok(Map.of("username", u.getUsername())))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No user named '" + username + "'"));
    }

    /** {@code POST /users?username=...&email=...}: the FastAPI example's create (no password yet). */
    @PostMapping("/users")
    public ResponseEntity<?> create(@RequestParam String username, @RequestParam String email) {
        try {
            User user = users.save(new User(username, email, passwords.encode(UUID.randomUUID().toString())));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", user.getId());
            out.put("username", user.getUsername());
            out.put("email", user.getEmail());
            return ResponseEntity.created(URI.create("/user/" + user.getUsername())).body(out);
        } catch (DataIntegrityViolationException e) {
            return problem(HttpStatus.CONFLICT, ApiErrors.DuplicateKeys.describe(e));
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
