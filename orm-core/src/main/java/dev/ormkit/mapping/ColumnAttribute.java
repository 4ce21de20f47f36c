package dev.ormkit.mapping;

import java.lang.reflect.Field;
import java.util.function.Supplier;
import dev.ormkit.schema.Column;
import org.jspecify.annotations.Nullable;

/**
 * A field mapped to a column: how to read and write it on an object and which column holds it.
 * Reads and writes go through a generated accessor class (method handles where none can be
 * defined) and are cheap enough for every row.
 */
public final class ColumnAttribute {
    private final Class<?> owner;
    private final Field field;
    private final Column<?> column;
    private final Class<?> javaType;
    private final FieldAccess access;
    private final boolean version;
    private final @Nullable Object defaultLiteral;
    private final @Nullable Supplier<?> insertDefault;
    /**
     * A primitive field of a generated key cannot be null before the INSERT; its zero means
     * "not assigned yet", as Hibernate's unsaved-value and Spring Data's isNew() take it.
     */
    private final boolean zeroIsUnassigned;

    ColumnAttribute(Class<?> owner, Field field, Column<?> column, Class<?> javaType, FieldAccess access,
                    boolean version, @Nullable Object defaultLiteral, @Nullable Supplier<?> insertDefault) {
        this.owner = owner;
        this.field = field;
        this.column = column;
        this.javaType = javaType;
        this.access = access;
        this.version = version;
        this.defaultLiteral = defaultLiteral;
        this.insertDefault = insertDefault;
        this.zeroIsUnassigned = field.getType().isPrimitive() && isGenerated();
    }

    /** The same attribute bound to another column (the table's bound column, a subclass's table). */
    ColumnAttribute withColumn(Column<?> bound) {
        return new ColumnAttribute(owner, field, bound, javaType, access, version, defaultLiteral, insertDefault);
    }

    /** The field name, which is the attribute's name in queries ({@code filterBy("username", ...)}). */
    public String name() {
        return field.getName();
    }

    /** The class whose mapping this attribute belongs to. */
    public Class<?> owner() {
        return owner;
    }

    public Field field() {
        return field;
    }

    /** How the field is reached (for tests of the generated accessors). */
    FieldAccess access() {
        return access;
    }

    /** The table column (bound to its table). */
    public Column<?> column() {
        return column;
    }

    /** The field's type, boxed ({@code long -> Long}). */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * The field's value on {@code entity}. A generated key held in a primitive field reads as
     * null while it is 0: the object has no key yet, and the database will assign one.
     */
    public @Nullable Object get(Object entity) {
        Object value = access.get(entity);
        if (zeroIsUnassigned && ((Number) value).longValue() == 0) {
            return null;
        }
        return value;
    }

    /**
     * Sets the field on {@code entity}; null on a primitive field stores zero/false (for a
     * generated key, "not assigned"). Values loaded from rows never take this path with null:
     * a NULL column in a primitive field is an error when loading.
     */
    public void set(Object entity, @Nullable Object value) {
        access.set(entity, value);
    }

    public boolean isPrimaryKey() {
        return column.isPrimaryKey();
    }

    /** True for the {@link Version} attribute. */
    public boolean isVersion() {
        return version;
    }

    /** True when the database generates the value (the autoincrement key). */
    public boolean isGenerated() {
        var table = column.table();
        return table != null && table.autoincrementColumn() == column;
    }

    /** True when {@link #insertDefault()} has a value to offer. */
    public boolean hasInsertDefault() {
        return defaultLiteral != null || insertDefault != null;
    }

    /**
     * The value to write at INSERT when the field is null: the {@code defaultValue} literal,
     * or a fresh value from the {@code insertDefault} supplier; null when neither is declared.
     */
    public @Nullable Object insertDefault() {
        if (defaultLiteral != null) {
            return defaultLiteral;
        }
        return insertDefault != null ? insertDefault.get() : null;
    }

    @Override
    public String toString() {
        return owner.getSimpleName() + "." + name() + " -> " + column;
    }
}
