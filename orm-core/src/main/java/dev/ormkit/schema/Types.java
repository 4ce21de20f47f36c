package dev.ormkit.schema;

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
    public static final SqlType<Short> SMALLINT = of(TypeKind.SMALLINT, Short.class);
    public static final SqlType<Integer> INTEGER = of(TypeKind.INTEGER, Integer.class);
    public static final SqlType<Long> BIGINT = of(TypeKind.BIGINT, Long.class);
    public static final SqlType<Double> DOUBLE = of(TypeKind.DOUBLE, Double.class);
    public static final SqlType<BigDecimal> NUMERIC = new SqlType<>(TypeKind.DECIMAL, BigDecimal.class, null, 19, 4, null);
    public static final SqlType<Boolean> BOOLEAN = of(TypeKind.BOOLEAN, Boolean.class);
    /** Unbounded text ({@code String} without a length in SQLAlchemy). */
    public static final SqlType<String> TEXT = of(TypeKind.TEXT, String.class);
    public static final SqlType<String> VARCHAR = new SqlType<>(TypeKind.VARCHAR, String.class, 255, null, null, null);
    public static final SqlType<LocalDate> DATE = of(TypeKind.DATE, LocalDate.class);
    public static final SqlType<LocalTime> TIME = of(TypeKind.TIME, LocalTime.class);
    public static final SqlType<LocalDateTime> TIMESTAMP = of(TypeKind.TIMESTAMP, LocalDateTime.class);
    /** A timestamp with time zone, read as {@link OffsetDateTime}. */
    public static final SqlType<OffsetDateTime> TIMESTAMP_TZ = of(TypeKind.TIMESTAMP_TZ, OffsetDateTime.class);
    /** An instant, stored as a timestamp with time zone. */
    public static final SqlType<Instant> INSTANT = of(TypeKind.TIMESTAMP_TZ, Instant.class);
    public static final SqlType<UUID> UUID_TYPE = of(TypeKind.UUID, UUID.class);
    public static final SqlType<byte[]> BINARY = of(TypeKind.BINARY, byte[].class);

    private Types() {
    }

    private static <T> SqlType<T> of(TypeKind kind, Class<T> javaType) {
        return new SqlType<>(kind, javaType, null, null, null, null);
    }

    /** {@code VARCHAR(length)}: SQLAlchemy's {@code String(length)}. */
    public static SqlType<String> string(int length) {
        if (length <= 0) {
            throw new ArgumentException("String length must be positive, got " + length);
        }
        return new SqlType<>(TypeKind.VARCHAR, String.class, length, null, null, null);
    }

    /** {@code DECIMAL(precision, scale)}. */
    public static SqlType<BigDecimal> decimal(int precision, int scale) {
        if (precision <= 0 || scale < 0 || scale > precision) {
            throw new ArgumentException("Invalid DECIMAL(" + precision + ", " + scale + ")");
        }
        return new SqlType<>(TypeKind.DECIMAL, BigDecimal.class, null, precision, scale, null);
    }

    /** Binary data of a bounded length. */
    public static SqlType<byte[]> binary(int length) {
        return new SqlType<>(TypeKind.BINARY, byte[].class, length, null, null, null);
    }

    /** An enum stored by name in a VARCHAR wide enough for its longest constant. */
    public static <E extends Enum<E>> SqlType<E> enumOf(Class<E> enumType) {
        int longest = 1;
        for (E e : enumType.getEnumConstants()) {
            longest = Math.max(longest, e.name().length());
        }
        return new SqlType<>(TypeKind.VARCHAR, enumType, longest, null, null, null);
    }

    /** A type given as SQL text (e.g. {@code "JSONB"}), rendered as is on every dialect. */
    public static <T> SqlType<T> custom(String sql, Class<T> javaType) {
        return new SqlType<>(TypeKind.CUSTOM, javaType, null, null, null, sql);
    }

    /**
     * The default SQL type for a Java class, as used by the mapper and for untyped parameters.
     *
     * @throws ArgumentException when no SQL type is known for the class
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> SqlType<T> forJavaType(Class<T> javaType) {
        Class<?> c = boxed(javaType);
        SqlType<?> t;
        if (c == String.class) {
            t = VARCHAR;
        } else if (c == Integer.class) {
            t = INTEGER;
        } else if (c == Long.class) {
            t = BIGINT;
        } else if (c == Short.class) {
            t = SMALLINT;
        } else if (c == Double.class || c == Float.class) {
            t = DOUBLE;
        } else if (c == BigDecimal.class) {
            t = NUMERIC;
        } else if (c == Boolean.class) {
            t = BOOLEAN;
        } else if (c == LocalDate.class) {
            t = DATE;
        } else if (c == LocalTime.class) {
            t = TIME;
        } else if (c == LocalDateTime.class) {
            t = TIMESTAMP;
        } else if (c == OffsetDateTime.class) {
            t = TIMESTAMP_TZ;
        } else if (c == Instant.class) {
            t = INSTANT;
        } else if (c == UUID.class) {
            t = UUID_TYPE;
        } else if (c == byte[].class) {
            t = BINARY;
        } else if (c.isEnum()) {
            t = enumOf((Class) c);
        } else {
            throw new ArgumentException("No SQL type for Java type " + javaType.getName()
                    + "; supported: String, Integer, Long, Short, Double, BigDecimal, Boolean, LocalDate,"
                    + " LocalTime, LocalDateTime, OffsetDateTime, Instant, UUID, byte[] and enums");
        }
        return (SqlType<T>) t;
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
