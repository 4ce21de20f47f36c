package dev.ormkit.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import dev.ormkit.mapping.Table;
import org.springframework.boot.persistence.autoconfigure.EntityScanner;
import org.springframework.context.ApplicationContext;

/**
 * The mapped classes of the application: classes annotated {@code @Table} in the packages of
 * {@code @EntityScan} when present, else in the application's packages (those of its
 * {@code @SpringBootApplication}), as Boot finds JPA entities.
 */
final class MappedClassScanner {
    private MappedClassScanner() {
    }

    static List<Class<?>> scan(ApplicationContext context) {
        List<Class<?>> classes;
        try {
            classes = new ArrayList<>(new EntityScanner(context).scan(Table.class));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A class annotated @Table could not be loaded: " + e.getMessage(), e);
        }
        // a stable order: table creation and start-up messages do not depend on the class path
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }
}
