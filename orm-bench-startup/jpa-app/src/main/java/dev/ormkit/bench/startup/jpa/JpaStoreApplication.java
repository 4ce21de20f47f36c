package dev.ormkit.bench.startup.jpa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The start-up benchmark's store on Spring Data JPA: Hibernate creates the tables from the four entities. */
@SpringBootApplication
public class JpaStoreApplication {
    public static void main(String[] args) {
        SpringApplication.run(JpaStoreApplication.class, args);
    }
}
