package dev.ormkit.demo.security;

import java.time.Duration;
import java.time.Instant;
import dev.ormkit.demo.model.User;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues the JWT a user gets at registration and login: subject is the user's id. */
@Component
public class JwtTokens {
    private final JwtEncoder encoder;
    private final Duration lifetime;

    /** Tokens signed by {@code encoder}, valid for the configured lifetime. */
    public JwtTokens(JwtEncoder encoder, JwtProperties properties) {
        this.encoder = encoder;
        this.lifetime = properties.lifetime();
    }

    /** A signed token for {@code user}. */
    public String issue(User user) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("ormkit-demo")
                .subject(Long.toString(user.getId()))
                .claim("username", user.getUsername())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
