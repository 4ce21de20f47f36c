package dev.ormkit.spring.observability;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the endpoint's HTTP test starts: its package holds {@link Shelf} and {@link Book}. */
@SpringBootApplication
public class ObservabilityApplication {
}
