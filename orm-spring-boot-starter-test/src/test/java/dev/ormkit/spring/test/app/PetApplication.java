package dev.ormkit.spring.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PetApplication {
}
