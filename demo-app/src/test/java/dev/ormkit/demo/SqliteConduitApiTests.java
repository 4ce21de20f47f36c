package dev.ormkit.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Conduit API on a SQLite file under target/, made afresh for the run. */
@ActiveProfiles("sqlite")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"management.prometheus.metrics.export.enabled=true", "demo.bcrypt-strength=4"})
class SqliteConduitApiTests extends ConduitApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "sqlite"));
            Path file = dir.resolve("conduit-" + ProcessHandle.current().pid() + ".db").toAbsolutePath();
            Files.deleteIfExists(file);
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
