package dev.ormkit.spring.data.opts;

import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import dev.ormkit.spring.data.config.EnableOrmAuditing;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;

/** The application of the loader option, predicate, auditing and metric tests. */
@SpringBootApplication
@EnableOrmAuditing(dateTimeProviderRef = "auditClock")
public class RoTestApplication {

    @Bean
    Auditor auditor() {
        return new Auditor();
    }

    @Bean
    AuditClock auditClock() {
        return new AuditClock();
    }

    /** The current user, set by the tests. */
    public static final class Auditor implements AuditorAware<String> {
        volatile String current = "alice";

        @Override
        public Optional<String> getCurrentAuditor() {
            return Optional.ofNullable(current);
        }
    }

    /** A clock the tests move. */
    public static final class AuditClock implements DateTimeProvider {
        volatile LocalDateTime now = LocalDateTime.of(2026, 1, 1, 10, 0);

        @Override
        public Optional<TemporalAccessor> getNow() {
            return Optional.of(now);
        }
    }
}
