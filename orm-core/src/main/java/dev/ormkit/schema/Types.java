package dev.ormkit.schema;

import dev.ormkit.sql.TypeKind;
import dev.ormkit.sql.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import dev.ormkit.exc.ArgumentException;

/** The SQL types, named as SQLAlchemy names them. Render per dialect through the dialect. */
public final class Types {
    /** A 16-bit integer, read as {@link Short}. */
    public static final SqlType<Short> SMALLINT = SqlType.forJavaType(Short.class);
    /** A 32-bit integer, read as {@link Integer}. */
    public static final SqlType<Integer> INTEGER = SqlType.forJavaType(Integer.class);
    /** A 64-bit integer, read as {@link Long}. */
    public static final SqlType<Long> BIGINT = SqlType.forJavaType(Long.class);
    /** A double-precision floating-point number, read as {@link Double}. */
    public static final SqlType<Double> DOUBLE = SqlType.forJavaType(Double.class);
    /** DECIMAL(19, 4). */
    public static final SqlType<BigDecimal> NUMERIC = SqlType.forJavaType(BigDecimal.class);
    /** A truth value, read as {@link Boolean} (an integer 0/1 where the database has no boolean). */
    public static final SqlType<Boolean> BOOLEAN = SqlType.forJavaType(Boolean.class);
    /** Unbounded text ({@code String} without a length in SQLAlchemy). */
    public static final SqlType<String> TEXT = SqlType.of(TypeKind.TEXT, String.class);
    /** VARCHAR(255). */
    public static final SqlType<String> VARCHAR = SqlType.forJavaType(String.class);
    /** A calendar date, read as {@link LocalDate}. */
    public static final SqlType<LocalDate> DATE = SqlType.forJavaType(LocalDate.class);
    /** A time of day, read as {@link LocalTime}. */
    public static final SqlType<LocalTime> TIME = SqlType.forJavaType(LocalTime.class);
    /** A date and time without zone, read as {@link LocalDateTime}. */
    public static final SqlType<LocalDateTime> TIMESTAMP = SqlType.forJavaType(LocalDateTime.class);
    /** A timestamp with time zone, read as {@link OffsetDateTime}. */
    public static final SqlType<OffsetDateTime> TIMESTAMP_TZ = SqlType.forJavaType(OffsetDateTime.class);
    /** An instant, stored as a timestamp with time zone. */
    public static final SqlType<Instant> INSTANT = SqlType.forJavaType(Instant.class);
    /** A UUID, read as {@link UUID}: native where the database has the type, text elsewhere. */
    public static final SqlType<UUID> UUID_TYPE = SqlType.forJavaType(UUID.class);
    /** Bytes, read as {@code byte[]}. */
    public static final SqlType<byte[]> BINARY = SqlType.forJavaType(byte[].class);

    private Types() {
    }

    /** {@code VARCHAR(length)}: SQLAlchemy's {@code String(length)}. */
    public static SqlType<String> string(int length) {
        if (length <= 0) {
            throw new ArgumentException("String length must be positive, got " + length);
        }
        return VARCHAR.withLength(length);
    }

    /** {@code DECIMAL(precision, scale)}. */
    public static SqlType<BigDecimal> decimal(int precision, int scale) {
        if (precision <= 0 || scale < 0 || scale > precision) {
            throw new ArgumentException("Invalid DECIMAL(" + precision + ", " + scale + ")");
        }
        return NUMERIC.withPrecision(precision, scale);
    }

    /** Binary data of a bounded length. */
    public static SqlType<byte[]> binary(int length) {
        return BINARY.withLength(length);
    }

    /** An enum stored by name in a VARCHAR wide enough for its longest constant. */
    public static <E extends Enum<E>> SqlType<E> enumOf(Class<E> enumType) {
        return SqlType.forJavaType(enumType);
    }

    /** A type given as SQL text (e.g. {@code "JSONB"}), rendered as is on every dialect. */
    public static <T> SqlType<T> custom(String sql, Class<T> javaType) {
        return SqlType.custom(sql, javaType);
    }

    /**
     * The default SQL type for a Java class, as used by the mapper and for untyped parameters.
     *
     * @throws ArgumentException when no SQL type is known for the class
     */
    public static <T> SqlType<T> forJavaType(Class<T> javaType) {
        return SqlType.forJavaType(javaType);
    }

    /** The wrapper class of a primitive, or the class itself. */
    public static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        if (c == int.class) {
            return Integer.class;
        } else if (c == long.class) {
            return Long.class;
        } else if (c == short.class) {
            return Short.class;
        } else if (c == double.class) {
            return Double.class;
        } else if (c == float.class) {
            return Float.class;
        } else if (c == boolean.class) {
            return Boolean.class;
        } else if (c == byte.class) {
            return Byte.class;
        } else if (c == char.class) {
            return Character.class;
        }
        return c;
    }
}
