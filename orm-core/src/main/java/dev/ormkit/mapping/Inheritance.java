package dev.ormkit.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the root of a mapped class hierarchy: how it is stored and which subclasses it has.
 * The subclasses are listed because Java cannot enumerate them, and the root's table (for
 * single-table inheritance) and polymorphic loading need them all. Each subclass carries a
 * {@link DiscriminatorValue}; with {@link InheritanceType#JOINED} each also has its own
 * {@link Table}.
 *
 * <pre>{@code
 * @Table("employees")
 * @Inheritance(strategy = InheritanceType.SINGLE_TABLE, subclasses = {Manager.class, Engineer.class})
 * @DiscriminatorColumn("type")
 * @DiscriminatorValue("employee")
 * class Employee { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Inheritance {
    InheritanceType strategy() default InheritanceType.SINGLE_TABLE;

    /** Every mapped subclass, at any depth. */
    Class<?>[] subclasses() default {};
}
