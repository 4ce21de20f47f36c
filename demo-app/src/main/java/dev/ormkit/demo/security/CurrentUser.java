package dev.ormkit.demo.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** The id of the user whose token came with the request, read from the JWT's subject. */
@Component
public class CurrentUser {
    /** The reader's id, or empty for an anonymous request. */
    public Optional<Long> id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            return Optional.of(Long.valueOf(jwt.getToken().getSubject()));
        }
        return Optional.empty();
    }

    /** The reader's id; only called behind an authenticated-only rule. */
    public long require() {
        return id().orElseThrow(() -> new IllegalStateException("no authenticated user on an authenticated route"));
    }

    /** The raw token of the request, for echoing back in user responses. */
    public Optional<String> token() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            return Optional.of(jwt.getToken().getTokenValue());
        }
        return Optional.empty();
    }
}
