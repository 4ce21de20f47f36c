package dev.ormkit.schema;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SQL type: a generic {@link TypeKind} plus its length or precision, and the Java class its
 * values have. Instances are immutable values; the common ones are constants in {@link Types}.
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

    public TypeKind kind() {
        return kind;
    }

    public Class<T> javaType() {
        return javaType;
    }

    public @Nullable Integer length() {
        return length;
    }

    public @Nullable Integer precision() {
        return precision;
    }

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
