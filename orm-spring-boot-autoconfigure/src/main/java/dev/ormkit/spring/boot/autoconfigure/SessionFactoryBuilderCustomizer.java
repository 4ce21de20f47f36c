package dev.ormkit.spring.boot.autoconfigure;

import dev.ormkit.orm.SessionFactory;

/**
 * Changes the auto-configured {@link SessionFactory} before it is built, after the
 * {@code orm.*} properties were applied. Declare it as a bean.
 */
@FunctionalInterface
public interface SessionFactoryBuilderCustomizer {
    void customize(SessionFactory.Builder builder);
}
