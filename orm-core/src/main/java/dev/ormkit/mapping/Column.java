package dev.ormkit.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * Describes the column a field maps to. A field of a mapped class without {@code @Column}
 * (and without {@code @Relationship} or {@code @Transient}) is a column with these defaults.
 *
 * <p>The SQL type follows the Java type: {@code String} is {@code VARCHAR(length)}, or
 * {@code TEXT} when no length is given (a key, unique or indexed string without a length is
 * {@code VARCHAR(255)}, which every database can index); {@code Integer}/{@code Long}/
 * {@code Short} the integer types, {@code BigDecimal} {@code DECIMAL(precision, scale)},
 * {@code Double}, {@code Boolean}, {@code LocalDate}, {@code LocalDateTime},
 * {@code OffsetDateTime}/{@code Instant} (timestamp with time zone), {@code UUID},
 * {@code byte[]} and enums (stored by name).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** The column name; by default the field name in snake_case ({@code passwordHash -> password_hash}). */
    String name() default "";

    /** Part of the primary key. A single integer primary key autoincrements. */
    boolean primaryKey() default false;

    /** Whether NULL is allowed; ignored (always false) for primary key columns. */
    boolean nullable() default true;

    /** A single-column UNIQUE constraint. */
    boolean unique() default false;

    /** A single-column index named {@code ix_<table>_<column>}. */
    boolean index() default false;

    /** The length of a {@code VARCHAR} or binary column; 0 means the default. */
    int length() default 0;

    /** The precision of a {@code DECIMAL} column; 0 means the default (19, 4). */
    int precision() default 0;

    /** The scale of a {@code DECIMAL} column, used with {@link #precision}. */
    int scale() default 0;

    /**
     * A literal written at INSERT when the field is null, parsed to the field's type
     * ({@code "true"}, {@code "0"}, an enum constant's name, an ISO date). SQLAlchemy's
     * {@code default=}.
     */
    String defaultValue() default "";

    /**
     * A supplier called at INSERT when the field is null, e.g. {@link Now}. It needs a
     * no-argument constructor. SQLAlchemy's {@code default=callable}.
     */
    Class<? extends Supplier<?>> insertDefault() default NoDefault.class;

    /** A DEFAULT clause in the table's DDL, as SQL text ({@code "CURRENT_TIMESTAMP"}). */
    String serverDefault() default "";

    /**
     * Overrides the SQL type: a generic type name rendered per database ({@code "TEXT"},
     * {@code "VARCHAR"}, {@code "BIGINT"}, {@code "TIMESTAMP"}, ...) or any other SQL text,
     * rendered as is ({@code "JSONB"}).
     */
    String type() default "";

    /** The "no insert default" marker of {@link #insertDefault}; never called. */
    final class NoDefault implements Supplier<Object> {
        private NoDefault() {
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("marker");
        }
    }
}
