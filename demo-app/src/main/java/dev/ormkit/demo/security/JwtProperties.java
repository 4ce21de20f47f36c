package dev.ormkit.demo.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * JWT settings, prefix {@code demo.jwt}.
 *
 * @param secret the HMAC key (at least 32 bytes of text); set your own outside a demo
 * @param lifetime how long a token is valid
 */
@ConfigurationProperties("demo.jwt")
public record JwtProperties(String secret, Duration lifetime) {
    /** Checks the key is long enough for HS256. */
    public JwtProperties {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("demo.jwt.secret must be at least 32 characters for HS256");
        }
        if (lifetime == null) {
            lifetime = Duration.ofDays(1);
        }
    }
}
