package dev.ormkit.mapping;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import dev.ormkit.exc.MappingException;
import dev.ormkit.sql.SqlType;
import dev.ormkit.schema.Types;

/** The SQL type of a mapped field: from its Java type and {@code @Column}'s length, precision and type. */
final class ColumnTypes {
    static final String SUPPORTED = "String, Integer, Long, Short, Double, BigDecimal, Boolean, LocalDate, LocalTime,"
            + " LocalDateTime, OffsetDateTime, Instant, UUID, byte[] and enums (or their primitives)";

    private static final Set<Class<?>> SIMPLE = Set.of(String.class, Integer.class, Long.class, Short.class,
            Double.class, Float.class, BigDecimal.class, Boolean.class, LocalDate.class, LocalTime.class,
            LocalDateTime.class, OffsetDateTime.class, Instant.class, UUID.class, byte[].class);

    private ColumnTypes() {
    }

    static boolean isSupported(Class<?> type) {
        Class<?> c = Types.boxed(type);
        return SIMPLE.contains(c) || c.isEnum();
    }

    static SqlType<?> of(Class<?> entity, Field field, Column column, boolean keyLike) {
        Class<?> javaType = Types.boxed(field.getType());
        if (!isSupported(javaType)) {
            throw MappingException.at(entity, field.getName(),
                    "type " + field.getGenericType().getTypeName() + " is not a column type (supported: " + SUPPORTED + ")",
                    "Mark the field @Transient, or @Relationship if it refers to mapped classes");
        }
        String override = column.type().trim();
        if (!override.isEmpty()) {
            return override(javaType, override, column);
        }
        if (javaType == String.class) {
            if (column.length() > 0) {
                return Types.string(column.length());
            }
            // TEXT cannot be a key or be indexed on MySQL without a prefix length
            return keyLike ? Types.VARCHAR : Types.TEXT;
        }
        if (javaType == BigDecimal.class && column.precision() > 0) {
            return Types.decimal(column.precision(), column.scale());
        }
        if (javaType == byte[].class && column.length() > 0) {
            return Types.binary(column.length());
        }
        return Types.forJavaType(javaType);
    }

    private static SqlType<?> override(Class<?> javaType, String sql, Column column) {
        String upper = sql.toUpperCase(Locale.ROOT);
        SqlType<?> generic;
        switch (upper) {
            case "TEXT": generic = Types.TEXT; break;
            case "VARCHAR": generic = column.length() > 0 ? Types.string(column.length()) : Types.VARCHAR; break;
            case "SMALLINT": generic = Types.SMALLINT; break;
            case "INTEGER": case "INT": generic = Types.INTEGER; break;
            case "BIGINT": generic = Types.BIGINT; break;
            case "DOUBLE": generic = Types.DOUBLE; break;
            case "DECIMAL": case "NUMERIC":
                generic = column.precision() > 0 ? Types.decimal(column.precision(), column.scale()) : Types.NUMERIC;
                break;
            case "BOOLEAN": generic = Types.BOOLEAN; break;
            case "DATE": generic = Types.DATE; break;
            case "TIME": generic = Types.TIME; break;
            case "TIMESTAMP": generic = Types.TIMESTAMP; break;
            case "TIMESTAMP_TZ": generic = javaType == Instant.class ? Types.INSTANT : Types.TIMESTAMP_TZ; break;
            case "UUID": generic = Types.UUID_TYPE; break;
            case "BINARY": generic = Types.BINARY; break;
            default: generic = null;
        }
        if (generic != null && generic.javaType() == javaType) {
            return generic;
        }
        return Types.custom(sql, javaType);
    }
}
