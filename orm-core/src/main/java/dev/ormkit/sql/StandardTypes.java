package dev.ormkit.sql;

import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import dev.ormkit.exc.ArgumentException;

/**
 * The types expressions give themselves (a comparison is BOOLEAN, {@code count} BIGINT) and the
 * default type of each Java class. They live here, below {@code schema}, so that the expression
 * language needs nothing from the schema package; {@code schema.Types} publishes the same values.
 */
final class StandardTypes {
    static final SqlType<Short> SMALLINT = SqlType.of(TypeKind.SMALLINT, Short.class);
    static final SqlType<Integer> INTEGER = SqlType.of(TypeKind.INTEGER, Integer.class);
    static final SqlType<Long> BIGINT = SqlType.of(TypeKind.BIGINT, Long.class);
    static final SqlType<Double> DOUBLE = SqlType.of(TypeKind.DOUBLE, Double.class);
    static final SqlType<BigDecimal> NUMERIC = SqlType.of(TypeKind.DECIMAL, BigDecimal.class).withPrecision(19, 4);
    static final SqlType<Boolean> BOOLEAN = SqlType.of(TypeKind.BOOLEAN, Boolean.class);
    static final SqlType<String> TEXT = SqlType.of(TypeKind.TEXT, String.class);
    static final SqlType<String> VARCHAR = SqlType.of(TypeKind.VARCHAR, String.class).withLength(255);
    static final SqlType<LocalDate> DATE = SqlType.of(TypeKind.DATE, LocalDate.class);
    static final SqlType<LocalTime> TIME = SqlType.of(TypeKind.TIME, LocalTime.class);
    static final SqlType<LocalDateTime> TIMESTAMP = SqlType.of(TypeKind.TIMESTAMP, LocalDateTime.class);
    static final SqlType<OffsetDateTime> TIMESTAMP_TZ = SqlType.of(TypeKind.TIMESTAMP_TZ, OffsetDateTime.class);
    static final SqlType<Instant> INSTANT = SqlType.of(TypeKind.TIMESTAMP_TZ, Instant.class);
    static final SqlType<UUID> UUID_TYPE = SqlType.of(TypeKind.UUID, UUID.class);
    static final SqlType<byte[]> BINARY = SqlType.of(TypeKind.BINARY, byte[].class);

    private StandardTypes() {
    }

    /** An enum stored by name in a VARCHAR wide enough for its longest constant. */
    static <E extends Enum<E>> SqlType<E> enumOf(Class<E> enumType) {
        int longest = 1;
        for (E e : enumType.getEnumConstants()) {
            longest = Math.max(longest, e.name().length());
        }
        return SqlType.of(TypeKind.VARCHAR, enumType).withLength(longest);
    }

    /** See {@link SqlType#forJavaType(Class)}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> SqlType<T> forJavaType(Class<T> javaType) {
        Class<?> c = javaType.isPrimitive() ? MethodType.methodType(javaType).wrap().returnType() : javaType;
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
}
