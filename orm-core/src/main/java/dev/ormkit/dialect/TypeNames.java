package dev.ormkit.dialect;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.TypeKind;

/**
 * How a database spells each {@link TypeKind} in DDL: the standard spelling, which most
 * databases share, with the few a database spells its own way written over it. Immutable;
 * {@link #with} gives a new table.
 */
public final class TypeNames {
    private static final TypeNames STANDARD = standardTable();

    private final Map<TypeKind, Function<SqlType<?>, String>> names;

    private TypeNames(Map<TypeKind, Function<SqlType<?>, String>> names) {
        this.names = names;
    }

    private static TypeNames standardTable() {
        Map<TypeKind, Function<SqlType<?>, String>> m = new EnumMap<>(TypeKind.class);
        m.put(TypeKind.SMALLINT, t -> "SMALLINT");
        m.put(TypeKind.INTEGER, t -> "INTEGER");
        m.put(TypeKind.BIGINT, t -> "BIGINT");
        m.put(TypeKind.DECIMAL, t -> "NUMERIC(" + t.precision() + ", " + t.scale() + ")");
        m.put(TypeKind.DOUBLE, t -> "DOUBLE PRECISION");
        m.put(TypeKind.BOOLEAN, t -> "BOOLEAN");
        m.put(TypeKind.VARCHAR, t -> "VARCHAR(" + t.length() + ")");
        m.put(TypeKind.TEXT, t -> "TEXT");
        m.put(TypeKind.DATE, t -> "DATE");
        m.put(TypeKind.TIME, t -> "TIME");
        m.put(TypeKind.TIMESTAMP, t -> "TIMESTAMP");
        m.put(TypeKind.TIMESTAMP_TZ, t -> "TIMESTAMP WITH TIME ZONE");
        m.put(TypeKind.UUID, t -> "UUID");
        m.put(TypeKind.BINARY, t -> t.length() != null ? "VARBINARY(" + t.length() + ")" : "VARBINARY");
        // a custom type is its own SQL on every database
        m.put(TypeKind.CUSTOM, SqlType::customSql);
        return new TypeNames(m);
    }

    /** The standard SQL spellings (PostgreSQL's, but for {@code BINARY}). */
    public static TypeNames standard() {
        return STANDARD;
    }

    /** This table with {@code kind} spelled {@code name}, whatever the type's length or precision. */
    public TypeNames with(TypeKind kind, String name) {
        return with(kind, t -> name);
    }

    /** This table with {@code kind} spelled by {@code name}, which may read the type's length or precision. */
    public TypeNames with(TypeKind kind, Function<SqlType<?>, String> name) {
        if (kind == TypeKind.CUSTOM) {
            throw new IllegalArgumentException("A CUSTOM type is spelled by its own SQL; it has no entry to override");
        }
        Map<TypeKind, Function<SqlType<?>, String>> m = new EnumMap<>(names);
        m.put(kind, name);
        return new TypeNames(m);
    }

    /** The DDL name of {@code type}. */
    public String nameOf(SqlType<?> type) {
        return names.get(type.kind()).apply(type);
    }
}
