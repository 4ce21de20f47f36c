package dev.ormkit.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SQL type: a generic {@link TypeKind} plus its length or precision, and the Java class its
 * values have. Instances are immutable values; the common ones are constants in {@code dev.ormkit.schema.Types}.
 *
 * @param <T> the Java type of values of this SQL type
 */
public final class SqlType<T> {
    private final TypeKind kind;
    private final Class<T> javaType;
    private final @Nullable Integer length;
    private final @Nullable Integer precision;
    private final @Nullable Integer scale;
    private final @Nullable String customSql;

    SqlType(TypeKind kind, Class<T> javaType, @Nullable Integer length, @Nullable Integer precision,
            @Nullable Integer scale, @Nullable String customSql) {
        this.kind = kind;
        this.javaType = javaType;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
        this.customSql = customSql;
    }

    /** A type of {@code kind} whose values are {@code javaType}s, without length or precision. */
    public static <T> SqlType<T> of(TypeKind kind, Class<T> javaType) {
        return new SqlType<>(kind, javaType, null, null, null, null);
    }

    /** A type given as SQL text (e.g. {@code "JSONB"}), rendered as is on every dialect. */
    public static <T> SqlType<T> custom(String sql, Class<T> javaType) {
        return new SqlType<>(TypeKind.CUSTOM, javaType, null, null, null, sql);
    }

    /**
     * The default SQL type for a Java class (primitives as their wrappers, enums by name), as
     * used by the mapper and for untyped parameters.
     *
     * @throws dev.ormkit.exc.ArgumentException when no SQL type is known for the class
     */
    public static <T> SqlType<T> forJavaType(Class<T> javaType) {
        return StandardTypes.forJavaType(javaType);
    }

    /** The generic kind, which each dialect renders in its own words. */
    public TypeKind kind() {
        return kind;
    }

    /** The Java class values of this type are read as. */
    public Class<T> javaType() {
        return javaType;
    }

    /** The length of a VARCHAR or BINARY; null when unbounded or not applicable. */
    public @Nullable Integer length() {
        return length;
    }

    /** The total digits of a DECIMAL; null when not applicable. */
    public @Nullable Integer precision() {
        return precision;
    }

    /** The digits after the point of a DECIMAL; null when not applicable. */
    public @Nullable Integer scale() {
        return scale;
    }

    /** The literal SQL of a {@link TypeKind#CUSTOM} type. */
    public @Nullable String customSql() {
        return customSql;
    }

    /** This type with another length (VARCHAR and BINARY). */
    public SqlType<T> withLength(int newLength) {
        return new SqlType<>(kind, javaType, newLength, precision, scale, customSql);
    }

    /** This type with another precision and scale (DECIMAL). */
    public SqlType<T> withPrecision(int newPrecision, int newScale) {
        return new SqlType<>(kind, javaType, length, newPrecision, newScale, customSql);
    }

    /** True for the integer kinds, which can autoincrement. */
    public boolean isInteger() {
        return kind == TypeKind.SMALLINT || kind == TypeKind.INTEGER || kind == TypeKind.BIGINT;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SqlType<?> t && t.kind == kind && t.javaType == javaType
                && Objects.equals(t.length, length) && Objects.equals(t.precision, precision)
                && Objects.equals(t.scale, scale) && Objects.equals(t.customSql, customSql);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, javaType, length, precision, scale);
    }

    @Override
    public String toString() {
        if (customSql != null) {
            return customSql;
        }
        if (length != null) {
            return kind + "(" + length + ")";
        }
        if (precision != null) {
            return kind + "(" + precision + (scale != null ? ", " + scale : "") + ")";
        }
        return kind.name();
    }
}
