package dev.ormkit.bench.startup.jdbc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The start-up benchmark's store on spring-boot-starter-jdbc alone: tables from schema.sql, queries through JdbcTemplate. */
@SpringBootApplication
public class JdbcStoreApplication {
    public static void main(String[] args) {
        SpringApplication.run(JdbcStoreApplication.class, args);
    }
}
