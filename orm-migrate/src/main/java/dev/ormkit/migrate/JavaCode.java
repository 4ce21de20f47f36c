package dev.ormkit.migrate;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ormkit.schema.CheckConstraint;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Index;
import dev.ormkit.schema.PrimaryKeyConstraint;
import dev.ormkit.schema.ReferentialAction;
import dev.ormkit.sql.SqlType;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.TypeKind;
import dev.ormkit.schema.Types;
import dev.ormkit.schema.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/** Schema objects written as the Java a person would write in a revision. */
final class JavaCode {
    static final ClassName COLUMN = ClassName.get(Column.class);
    static final ClassName TYPES = ClassName.get(Types.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName COLUMN_CHANGE = ClassName.get(ColumnChange.class);

    private JavaCode() {
    }

    /** {@code Types.BIGINT}, {@code Types.string(50)}, {@code Types.custom("JSONB", Object.class)}. */
    static CodeBlock type(SqlType<?> type) {
        for (Field f : Types.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == SqlType.class) {
                try {
                    if (type.equals(f.get(null))) {
                        return CodeBlock.of("$T.$L", TYPES, f.getName());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        TypeKind k = type.kind();
        if (k == TypeKind.VARCHAR && type.length() != null) {
            return CodeBlock.of("$T.string($L)", TYPES, type.length());
        }
        if (k == TypeKind.DECIMAL && type.precision() != null) {
            return CodeBlock.of("$T.decimal($L, $L)", TYPES, type.precision(), type.scale() == null ? 0 : type.scale());
        }
        if (k == TypeKind.BINARY && type.length() != null) {
            return CodeBlock.of("$T.binary($L)", TYPES, type.length());
        }
        if (k == TypeKind.CUSTOM) {
            return CodeBlock.of("$T.custom($S, Object.class)", TYPES, type.customSql());
        }
        // same kind as a constant, another Java class (an enum stored as text, say): the constant's SQL is what matters
        for (Field f : Types.class.getFields()) {
            try {
                if (f.getType() == SqlType.class && ((SqlType<?>) f.get(null)).kind() == k) {
                    return CodeBlock.of("$T.$L", TYPES, f.getName());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new MigrationException("No Java form for type " + type);
    }

    /** {@code List.of("a", "b")}. */
    static CodeBlock names(List<String> names) {
        List<CodeBlock> parts = new ArrayList<>();
        names.forEach(n -> parts.add(CodeBlock.of("$S", n)));
        return CodeBlock.of("$T.of($L)", LIST, CodeBlock.join(parts, ", "));
    }

    /** A column on its own, as {@code addColumn} takes it: type, nullability and default. */
    static CodeBlock column(Column<?> c, boolean nullable) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of($S, $L)", COLUMN, c.name(), type(c.type()));
        if (!nullable) {
            b.add(".notNull()");
        }
        if (c.serverDefault() != null) {
            b.add(".serverDefault($S)", c.serverDefault());
        }
        return b.build();
    }

    /** The arguments of {@code op.createTable(name, ...)} that rebuild {@code t}. */
    static List<CodeBlock> tableElements(Table t) {
        List<CodeBlock> out = new ArrayList<>();
        boolean singlePk = t.primaryKey().size() == 1;
        Column<?> auto = t.autoincrementColumn();
        List<UniqueConstraint> inlineUniques = new ArrayList<>();
        List<ForeignKeyConstraint> inlineKeys = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            boolean pk = t.primaryKey().contains(c);
            CodeBlock.Builder b = CodeBlock.builder().add("$T.of($S, $L)", COLUMN, c.name(), type(c.type()));
            if (pk && singlePk) {
                b.add(".primaryKey()");
            } else if (!c.isNullable() && !pk) {
                b.add(".notNull()");
            }
            if (c.serverDefault() != null && auto != c) {
                b.add(".serverDefault($S)", c.serverDefault());
            }
            for (UniqueConstraint u : t.uniqueConstraints()) {
                if (u.name() == null && u.columns().equals(List.of(c.name())) && !inlineUniques.contains(u)) {
                    b.add(".unique()");
                    inlineUniques.add(u);
                }
            }
            boolean inlineFk = false;
            for (ForeignKeyConstraint fk : t.foreignKeys()) {
                if (fk.name() == null && fk.columns().equals(List.of(c.name())) && !inlineKeys.contains(fk)) {
                    String target = fk.referredTable() + "." + fk.referredColumns().get(0);
                    if (fk.onDelete() == ReferentialAction.NO_ACTION && fk.onUpdate() == ReferentialAction.NO_ACTION) {
                        b.add(".foreignKey($S)", target);
                    } else {
                        b.add(".foreignKey($S, $T.$L, $T.$L)", target, ReferentialAction.class, fk.onDelete().name(),
                                ReferentialAction.class, fk.onUpdate().name());
                    }
                    inlineKeys.add(fk);
                    inlineFk = true;
                }
            }
            boolean ruleWould = pk && singlePk && c.type().isInteger() && !inlineFk;
            boolean is = auto == c;
            if (ruleWould != is) {
                b.add(".autoincrement($L)", is);
            }
            out.add(b.build());
        }
        if (t.primaryKey().size() > 1) {
            List<String> names = new ArrayList<>();
            t.primaryKey().forEach(c -> names.add(c.name()));
            out.add(CodeBlock.of("new $T($L)", PrimaryKeyConstraint.class, names(names)));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            if (!inlineUniques.contains(u)) {
                out.add(CodeBlock.of("new $T($S, $L)", UniqueConstraint.class, t.nameOf(u), names(u.columns())));
            }
        }
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            if (!inlineKeys.contains(fk)) {
                out.add(CodeBlock.of("new $T($S, $L, $S, $L, $T.$L, $T.$L)", ForeignKeyConstraint.class, t.nameOf(fk),
                        names(fk.columns()), fk.referredTable(), names(fk.referredColumns()),
                        ReferentialAction.class, fk.onDelete().name(), ReferentialAction.class, fk.onUpdate().name()));
            }
        }
        for (CheckConstraint ck : t.checks()) {
            out.add(CodeBlock.of("new $T($S, $S)", CheckConstraint.class, t.nameOf(ck), ck.sql()));
        }
        for (Index i : t.indexes()) {
            out.add(index(i));
        }
        return out;
    }

    static CodeBlock index(Index i) {
        return CodeBlock.of("new $T($S, $L, $L)", Index.class, i.name(), names(i.columns()), i.unique());
    }

    /** {@code ColumnChange.type(...).andNullable(...)...} for the changes that are set. */
    static CodeBlock change(@Nullable SqlType<?> type, @Nullable Boolean nullable, boolean defaultChanged,
                            @Nullable String serverDefault) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T", COLUMN_CHANGE);
        boolean first = true;
        if (type != null) {
            b.add(".type($L)", type(type));
            first = false;
        }
        if (nullable != null) {
            b.add(first ? ".nullable($L)" : ".andNullable($L)", nullable);
            first = false;
        }
        if (defaultChanged) {
            b.add(first ? ".serverDefault($S)" : ".andServerDefault($S)", serverDefault);
        }
        return b.build();
    }
}
