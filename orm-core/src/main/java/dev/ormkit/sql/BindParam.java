package dev.ormkit.sql;

import org.jspecify.annotations.Nullable;

/**
 * A bound parameter: a value sent apart from the SQL text. Either it carries its value, or it
 * is named ({@code :name} in {@code text()}, or {@link Sql#bindParam(String)}) and the value is
 * supplied when the statement runs. A named parameter whose value is a collection expands to
 * one placeholder per element.
 */
public final class BindParam<T> extends Expression<T> {
    private final @Nullable String name;
    private final @Nullable T value;
    private final boolean hasValue;
    private final @Nullable SqlType<T> type;

    /** A parameter carrying its value. */
    public BindParam(@Nullable T value, @Nullable SqlType<T> type) {
        this.name = null;
        this.value = value;
        this.hasValue = true;
        this.type = type;
    }

    private BindParam(String name, @Nullable SqlType<T> type) {
        this.name = name;
        this.value = null;
        this.hasValue = false;
        this.type = type;
    }

    /** A named parameter whose value is given at execution. */
    public static <T> BindParam<T> named(String name, @Nullable SqlType<T> type) {
        return new BindParam<>(name, type);
    }

    /** The parameter's name, or null for an anonymous parameter made from a value. */
    public @Nullable String name() {
        return name;
    }

    /** The bound value; null for SQL NULL or for a named parameter still waiting for its value. */
    public @Nullable T value() {
        return value;
    }

    /** False for a named parameter waiting for its value. */
    public boolean hasValue() {
        return hasValue;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return type;
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        // the value is not shape, but an untyped value's class is: it can decide a CAST's type
        key.add(BindParam.class).addType(type).add(hasValue);
        if (hasValue) {
            key.add(type == null && value != null ? value.getClass() : null);
        } else {
            key.add(name);
        }
        key.bind(this);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitBindParam(this);
    }

    @Override
    public String toString() {
        return hasValue ? String.valueOf(value) : ":" + name;
    }
}
