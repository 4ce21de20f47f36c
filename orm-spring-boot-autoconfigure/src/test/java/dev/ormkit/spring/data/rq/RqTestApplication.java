package dev.ormkit.spring.data.rq;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the query-feature repository tests: its package holds their classes and repositories. */
@SpringBootApplication
public class RqTestApplication {
}
