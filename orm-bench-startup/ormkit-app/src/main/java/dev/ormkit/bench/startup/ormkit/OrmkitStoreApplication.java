package dev.ormkit.bench.startup.ormkit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The start-up benchmark's store on the ormkit starter: tables created from the four mapped classes. */
@SpringBootApplication
public class OrmkitStoreApplication {
    public static void main(String[] args) {
        SpringApplication.run(OrmkitStoreApplication.class, args);
    }
}
