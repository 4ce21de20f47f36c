package dev.ormkit.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * How constraints and indexes declared without a name are named, SQLAlchemy's
 * {@code MetaData(naming_convention=...)}. Deterministic names are what let a migration drop
 * the constraint an earlier one created: the name is known from the model, not looked up in
 * the database.
 *
 * <p>Templates are keyed as in SQLAlchemy ({@code ix}, {@code uq}, {@code ck}, {@code fk},
 * {@code pk}) and use its tokens: {@code %(table_name)s}, {@code %(column_0_name)s},
 * {@code %(column_0_N_name)s} (all columns joined with {@code _}), {@code %(column_0_label)s}
 * ({@code table_column}), {@code %(referred_table_name)s} and {@code %(constraint_name)s}.
 * A template that needs {@code constraint_name} leaves an unnamed constraint unnamed.
 * Explicitly named constraints always keep their names.
 */
public final class NamingConvention {
    private static final Set<String> KEYS = Set.of("ix", "uq", "ck", "fk", "pk");

    /**
     * Alembic's recommended convention, the default of every {@link MetaData}:
     * {@code ix_%(column_0_label)s}, {@code uq_%(table_name)s_%(column_0_name)s},
     * {@code ck_%(table_name)s_%(constraint_name)s},
     * {@code fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s}, {@code pk_%(table_name)s}.
     */
    public static final NamingConvention ALEMBIC = of(Map.of(
            "ix", "ix_%(column_0_label)s",
            "uq", "uq_%(table_name)s_%(column_0_name)s",
            "ck", "ck_%(table_name)s_%(constraint_name)s",
            "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk", "pk_%(table_name)s"));

    /**
     * SQLAlchemy's own default: only indexes are named; the database names the rest (names
     * that differ per database, so a migration must look them up before dropping them).
     */
    public static final NamingConvention DATABASE_NAMES = of(Map.of("ix", "ix_%(column_0_label)s"));

    private final Map<String, String> templates;

    private NamingConvention(Map<String, String> templates) {
        this.templates = templates;
    }

    /**
     * A convention from templates keyed {@code ix}, {@code uq}, {@code ck}, {@code fk}, {@code pk}.
     *
     * @throws ArgumentException for another key
     */
    public static NamingConvention of(Map<String, String> templates) {
        Map<String, String> copy = new LinkedHashMap<>();
        templates.forEach((k, v) -> {
            if (!KEYS.contains(k)) {
                throw new ArgumentException("Unknown naming convention key '" + k + "'; the keys are " + KEYS);
            }
            copy.put(k, v);
        });
        return new NamingConvention(Map.copyOf(copy));
    }

    /** The templates, by key. */
    public Map<String, String> templates() {
        return templates;
    }

    /** The name of a single-column index declared with {@code Column.index()}. */
    String indexName(String table, String column) {
        String t = templates.getOrDefault("ix", "ix_%(column_0_label)s");
        return render(t, table, List.of(column), null, null);
    }

    @Nullable String uniqueName(Table table, UniqueConstraint u) {
        return u.name() != null ? u.name() : apply("uq", table.name(), u.columns(), null, null);
    }

    @Nullable String checkName(Table table, CheckConstraint ck) {
        return ck.name() != null ? ck.name() : apply("ck", table.name(), List.of(), null, null);
    }

    @Nullable String foreignKeyName(Table table, ForeignKeyConstraint fk) {
        return fk.name() != null ? fk.name() : apply("fk", table.name(), fk.columns(), fk.referredTable(), null);
    }

    @Nullable String primaryKeyName(Table table, List<String> columns) {
        return columns.isEmpty() ? null : apply("pk", table.name(), columns, null, null);
    }

    private @Nullable String apply(String key, String table, List<String> columns, @Nullable String referred,
                                   @Nullable String constraintName) {
        String template = templates.get(key);
        if (template == null || (constraintName == null && template.contains("%(constraint_name)s"))) {
            return null;
        }
        return render(template, table, columns, referred, constraintName);
    }

    private static String render(String template, String table, List<String> columns, @Nullable String referred,
                                 @Nullable String constraintName) {
        String first = columns.isEmpty() ? "" : columns.get(0);
        return template.replace("%(table_name)s", table)
                .replace("%(column_0_N_name)s", String.join("_", columns))
                .replace("%(column_0_name)s", first)
                .replace("%(column_0_label)s", table + "_" + first)
                .replace("%(referred_table_name)s", referred == null ? "" : referred)
                .replace("%(constraint_name)s", constraintName == null ? "" : constraintName);
    }

    @Override
    public String toString() {
        return "NamingConvention" + templates;
    }
}
