package dev.ormkit.demo.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Reads the JWT from {@code Authorization: Token <jwt>}, the scheme the Conduit spec uses, and
 * also accepts the standard {@code Bearer} scheme. No header, or another scheme, means anonymous.
 */
public final class TokenSchemeResolver implements BearerTokenResolver {
    private static final String TOKEN = "Token ";
    private final DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, TOKEN, 0, TOKEN.length())) {
            String token = header.substring(TOKEN.length()).trim();
            if (token.isEmpty()) {
                BearerTokenError error = BearerTokenErrors.invalidToken("Token scheme without a token");
                throw new OAuth2AuthenticationException(error);
            }
            return token;
        }
        return bearer.resolve(request);
    }
}
