package dev.ormkit.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import dev.ormkit.exc.MappingException;

/** Parses {@code @Column(defaultValue = "...")} literals to the field's Java type, once, at mapping time. */
final class Literals {
    private Literals() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object parse(Class<?> entity, String field, Class<?> javaType, String text) {
        try {
            if (javaType == String.class) {
                return text;
            } else if (javaType == Boolean.class) {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("not true or false");
                }
                return Boolean.parseBoolean(text);
            } else if (javaType == Integer.class) {
                return Integer.valueOf(text.trim());
            } else if (javaType == Long.class) {
                return Long.valueOf(text.trim());
            } else if (javaType == Short.class) {
                return Short.valueOf(text.trim());
            } else if (javaType == Double.class) {
                return Double.valueOf(text.trim());
            } else if (javaType == Float.class) {
                return Float.valueOf(text.trim());
            } else if (javaType == BigDecimal.class) {
                return new BigDecimal(text.trim());
            } else if (javaType == LocalDate.class) {
                return LocalDate.parse(text.trim());
            } else if (javaType == LocalTime.class) {
                return LocalTime.parse(text.trim());
            } else if (javaType == LocalDateTime.class) {
                return LocalDateTime.parse(text.trim());
            } else if (javaType == OffsetDateTime.class) {
                return OffsetDateTime.parse(text.trim());
            } else if (javaType == Instant.class) {
                return Instant.parse(text.trim());
            } else if (javaType == UUID.class) {
                return UUID.fromString(text.trim());
            } else if (javaType.isEnum()) {
                return Enum.valueOf((Class) javaType, text.trim());
            }
        } catch (RuntimeException e) {
            throw MappingException.at(entity, field, "defaultValue \"" + text + "\" is not a valid "
                    + javaType.getSimpleName() + " (" + e.getMessage() + ")",
                    "Write the literal as the type parses it (e.g. \"true\", \"42\", \"2024-01-31\"), or use insertDefault");
        }
        throw MappingException.at(entity, field, "defaultValue is not supported for type " + javaType.getSimpleName(),
                "Use insertDefault with a Supplier class instead");
    }
}
