package dev.ormkit.dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.UUID;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.TypeKind;
import dev.ormkit.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * Moves values between Java and JDBC. What every driver accepts is handled here; a dialect
 * converts the rest in {@link Dialect#toDatabase} (UUIDs as text, timestamps as text on SQLite).
 */
public final class JdbcValues {
    /** {@code 2024-01-31 12:34:56.123456}: how text-typed databases store timestamps. */
    static final DateTimeFormatter TEXT_TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private JdbcValues() {
    }

    static void bind(Dialect dialect, PreparedStatement ps, int index, @Nullable Object value,
                     @Nullable SqlType<?> type) throws SQLException {
        Object v = dialect.toDatabase(value, type);
        if (v == null) {
            ps.setNull(index, jdbcTypeOf(type));
        } else if (v instanceof String s) {
            ps.setString(index, s);
        } else if (v instanceof Long l) {
            ps.setLong(index, l);
        } else if (v instanceof Integer i) {
            ps.setInt(index, i);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (v instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (v instanceof Double d) {
            ps.setDouble(index, d);
        } else if (v instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else {
            ps.setObject(index, v);
        }
    }

    /** The {@link java.sql.Types} code for a NULL of this type. */
    static int jdbcTypeOf(@Nullable SqlType<?> type) {
        if (type == null) {
            return java.sql.Types.NULL;
        }
        switch (type.kind()) {
            case SMALLINT: return java.sql.Types.SMALLINT;
            case INTEGER: return java.sql.Types.INTEGER;
            case BIGINT: return java.sql.Types.BIGINT;
            case DECIMAL: return java.sql.Types.DECIMAL;
            case DOUBLE: return java.sql.Types.DOUBLE;
            case BOOLEAN: return java.sql.Types.BOOLEAN;
            case VARCHAR:
            case TEXT: return java.sql.Types.VARCHAR;
            case DATE: return java.sql.Types.DATE;
            case TIME: return java.sql.Types.TIME;
            case TIMESTAMP: return java.sql.Types.TIMESTAMP;
            case TIMESTAMP_TZ: return java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
            case BINARY: return java.sql.Types.VARBINARY;
            default: return java.sql.Types.OTHER;
        }
    }

    /** Conversions every dialect shares: enums by name, Instants as UTC offsets, small numbers widened. */
    static @Nullable Object toDatabase(@Nullable Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Short s) {
            return s.intValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        return value;
    }

    static @Nullable Object read(Dialect dialect, ResultSet rs, int index, @Nullable Class<?> target)
            throws SQLException {
        if (target == null || target == Object.class) {
            Object raw = rs.getObject(index);
            return raw == null ? null : normalize(raw);
        }
        SqlType<?> type;
        try {
            type = Types.forJavaType(target);
        } catch (ArgumentException e) {
            Object raw = rs.getObject(index);
            return raw == null ? null : convert(normalize(raw), target);
        }
        Object v = dialect.readValue(rs, index, type);
        return convert(v, target);
    }

    /**
     * Reads a column of a known SQL type the way every driver here supports: temporal values
     * through {@code getObject(i, java.time class)} (no detour through the JVM's time zone),
     * decimals through {@code getBigDecimal}, with at least the column's scale.
     */
    static @Nullable Object readValue(ResultSet rs, int index, @Nullable SqlType<?> type) throws SQLException {
        if (type == null) {
            Object raw = rs.getObject(index);
            return raw == null ? null : normalize(raw);
        }
        Object raw;
        switch (type.kind()) {
            case TIMESTAMP:
                raw = rs.getObject(index, LocalDateTime.class);
                break;
            case TIMESTAMP_TZ:
                raw = rs.getObject(index, OffsetDateTime.class);
                break;
            case DATE:
                raw = rs.getObject(index, LocalDate.class);
                break;
            case TIME:
                raw = rs.getObject(index, LocalTime.class);
                break;
            case DECIMAL:
                raw = withScale(rs.getBigDecimal(index), type);
                break;
            default:
                raw = rs.getObject(index);
        }
        return raw == null ? null : readable(normalize(raw), type.javaType());
    }

    /**
     * A value read from a result converted to its column's type; an {@link UnreadableValue}
     * when it cannot be, raised as an error naming the column when the row is read.
     */
    public static @Nullable Object readable(@Nullable Object value, Class<?> target) {
        try {
            return convert(value, target);
        } catch (IllegalArgumentException | ArgumentException | java.time.DateTimeException e) {
            return new UnreadableValue(java.util.Objects.requireNonNull(value), target, e);
        }
    }

    /** {@link #readValue} for columns of {@code type}, with the choices that depend on the type made here, once. */
    static ColumnReader columnReader(@Nullable SqlType<?> type) {
        if (type == null) {
            return (rs, index) -> {
                Object raw = rs.getObject(index);
                return raw == null ? null : normalize(raw);
            };
        }
        Class<?> target = type.javaType();
        // a value the driver already gives in the target class is returned as it is, unless normalize would change it
        Class<?> exact = normalizes(target) ? Void.class : Types.boxed(target);
        switch (type.kind()) {
            case TIMESTAMP:
                return (rs, index) -> converted(rs.getObject(index, LocalDateTime.class), exact, target);
            case TIMESTAMP_TZ:
                return (rs, index) -> converted(rs.getObject(index, OffsetDateTime.class), exact, target);
            case DATE:
                return (rs, index) -> converted(rs.getObject(index, LocalDate.class), exact, target);
            case TIME:
                return (rs, index) -> converted(rs.getObject(index, LocalTime.class), exact, target);
            case DECIMAL:
                return (rs, index) -> converted(withScale(rs.getBigDecimal(index), type), exact, target);
            default:
                return (rs, index) -> converted(rs.getObject(index), exact, target);
        }
    }

    private static @Nullable Object converted(@Nullable Object raw, Class<?> exact, Class<?> target) throws SQLException {
        if (raw == null || raw.getClass() == exact) {
            return raw;
        }
        return readable(normalize(raw), target);
    }

    /** True for the classes {@link #normalize} turns into others. */
    private static boolean normalizes(Class<?> c) {
        return java.util.Date.class.isAssignableFrom(c) || Clob.class.isAssignableFrom(c) || Blob.class.isAssignableFrom(c)
                || c == BigInteger.class;
    }

    /**
     * A decimal with at least the column's declared scale: databases that keep decimals as
     * floating point (SQLite) give {@code 1.5} for a {@code NUMERIC(10, 2)} holding {@code 1.50}.
     * Widening the scale is exact; a wider value is left as it is.
     */
    public static @Nullable BigDecimal withScale(@Nullable BigDecimal value, SqlType<?> type) {
        Integer scale = type.scale();
        if (value == null || scale == null || value.scale() >= scale) {
            return value;
        }
        return value.setScale(scale);
    }

    /** Driver-specific objects in their plain Java form. */
    static Object normalize(Object raw) throws SQLException {
        if (raw instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (raw instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (raw instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (raw instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (raw instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (raw instanceof BigInteger b) {
            return b.longValueExact();
        }
        return raw;
    }

    /**
     * Converts a value read from the database to {@code target}: numbers between widths,
     * booleans from numbers, UUIDs and enums from text, timestamps between forms.
     *
     * @throws ArgumentException when the value cannot become {@code target}
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static @Nullable Object convert(@Nullable Object value, @Nullable Class<?> target) {
        if (value == null || target == null || target == Object.class) {
            return value;
        }
        Class<?> t = Types.boxed(target);
        if (t.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            if (t == Long.class) {
                return n.longValue();
            } else if (t == Integer.class) {
                return n.intValue();
            } else if (t == Short.class) {
                return n.shortValue();
            } else if (t == Double.class) {
                return n.doubleValue();
            } else if (t == Float.class) {
                return n.floatValue();
            } else if (t == BigDecimal.class) {
                return n instanceof BigDecimal ? n : new BigDecimal(n.toString());
            } else if (t == Boolean.class) {
                return n.intValue() != 0;
            } else if (t == String.class) {
                return n.toString();
            }
        }
        if (value instanceof Boolean b && Number.class.isAssignableFrom(t)) {
            return convert(b ? 1 : 0, t);
        }
        if (value instanceof String s) {
            if (t == UUID.class) {
                return UUID.fromString(s);
            } else if (t.isEnum()) {
                return Enum.valueOf((Class) t, s);
            } else if (t == LocalDateTime.class) {
                return parseTimestamp(s);
            } else if (t == LocalDate.class) {
                return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            } else if (t == LocalTime.class) {
                return LocalTime.parse(s);
            } else if (t == OffsetDateTime.class) {
                return parseOffsetTimestamp(s);
            } else if (t == Instant.class) {
                return parseOffsetTimestamp(s).toInstant();
            } else if (t == BigDecimal.class) {
                return new BigDecimal(s);
            } else if (t == Long.class) {
                return Long.parseLong(s);
            } else if (t == Integer.class) {
                return Integer.parseInt(s);
            } else if (t == Double.class) {
                return Double.parseDouble(s);
            } else if (t == Float.class) {
                return Float.parseFloat(s);
            } else if (t == Boolean.class) {
                return s.equals("1") || s.equalsIgnoreCase("true");
            }
        }
        if (value instanceof OffsetDateTime o) {
            if (t == Instant.class) {
                return o.toInstant();
            } else if (t == LocalDateTime.class) {
                return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
        }
        if (value instanceof LocalDateTime l) {
            // a zone-less timestamp holding a zoned value is stored in UTC
            if (t == Instant.class) {
                return l.toInstant(ZoneOffset.UTC);
            } else if (t == OffsetDateTime.class) {
                return l.atOffset(ZoneOffset.UTC);
            } else if (t == LocalDate.class) {
                return l.toLocalDate();
            }
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return convert(z.toOffsetDateTime(), t);
        }
        if (value instanceof UUID u && t == String.class) {
            return u.toString();
        }
        if (t == String.class) {
            return value.toString();
        }
        throw new ArgumentException("Cannot convert " + value.getClass().getName() + " value " + value
                + " to " + t.getName());
    }

    /**
     * Parses a zoned timestamp stored as text: with an offset ({@code 2024-01-31T12:00:00+05:30})
     * or without one, meaning UTC (how zoned values are stored where there is no zoned type).
     */
    static OffsetDateTime parseOffsetTimestamp(String s) {
        String x = s.trim().replace(' ', 'T');
        int t = x.indexOf('T');
        boolean hasOffset = x.endsWith("Z") || t >= 0 && (x.indexOf('+', t) >= 0 || x.indexOf('-', t) >= 0);
        return hasOffset ? OffsetDateTime.parse(x) : parseTimestamp(s.trim()).atOffset(ZoneOffset.UTC);
    }

    /** Parses a timestamp stored as text, with a space or a 'T' between date and time. */
    static LocalDateTime parseTimestamp(String s) {
        String x = s.replace('T', ' ');
        if (x.length() == 10) {
            return LocalDate.parse(x).atStartOfDay();
        }
        return LocalDateTime.parse(x, TEXT_TIMESTAMP);
    }

    /** True for the kinds a text-typed database stores as text. */
    static boolean isTemporal(@Nullable SqlType<?> type) {
        if (type == null) {
            return false;
        }
        TypeKind k = type.kind();
        return k == TypeKind.DATE || k == TypeKind.TIME || k == TypeKind.TIMESTAMP || k == TypeKind.TIMESTAMP_TZ;
    }
}
