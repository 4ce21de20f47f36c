package dev.ormkit.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.ormkit.schema.ReferentialAction;

/** The column references {@code "table.column"}; relationships are inferred from these keys. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /** The referenced column, written {@code "table.column"}. */
    String value();

    /** ON DELETE action. */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /** ON UPDATE action. */
    ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;
}
