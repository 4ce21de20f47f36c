package dev.ormkit.spring.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the @SpringBootTest tests start: its package holds the mapped classes. */
@SpringBootApplication
public class TestApplication {
}
