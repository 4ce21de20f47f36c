package dev.ormkit.spring.data.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the repository tests: its package holds the mapped classes and the repositories. */
@SpringBootApplication
public class RepositoryTestApplication {
}
