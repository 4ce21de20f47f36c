package dev.ormkit.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The guide's blog as a web app: the RealWorld "Conduit" API under {@code /api} and the guide's
 * own Flask/FastAPI routes, on the ormkit starter.
 */
@SpringBootApplication
public class DemoApplication {
    /** Starts the app (port 8080, embedded H2 file database unless a profile says otherwise). */
    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }
}
