package dev.ormkit.migrate;

import java.util.ArrayList;
import java.util.List;
import com.palantir.javapoet.CodeBlock;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Index;
import dev.ormkit.schema.ReferentialAction;
import dev.ormkit.sql.SqlType;
import dev.ormkit.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * One difference autogenerate found between the mapped model and the database, and the
 * {@code op.*} calls that remove it ({@link #upgrade}) and bring it back ({@link #downgrade}).
 */
sealed interface SchemaDiff {

    /** One line for {@code check}: {@code add_column users.bio}. */
    String describe();

    void upgrade(CodeBlock.Builder code);

    void downgrade(CodeBlock.Builder code);

    private static CodeBlock createTable(Table t) {
        CodeBlock.Builder b = CodeBlock.builder().add("op.createTable($S", t.name());
        b.indent();
        for (CodeBlock e : JavaCode.tableElements(t)) {
            b.add(",\n$L", e);
        }
        b.unindent();
        return b.add(");\n").build();
    }

    record AddTable(Table table) implements SchemaDiff {
        public String describe() {
            return "add_table " + table.name();
        }

        public void upgrade(CodeBlock.Builder code) {
            code.add(createTable(table));
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropTable($S)", table.name());
        }
    }

    record RemoveTable(Table table) implements SchemaDiff {
        public String describe() {
            return "remove_table " + table.name();
        }

        public void upgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropTable($S)", table.name());
        }

        public void downgrade(CodeBlock.Builder code) {
            code.add(createTable(table));
        }
    }

    record AddColumn(String table, Column<?> column, boolean nullable, @Nullable String renamedFrom) implements SchemaDiff {
        public String describe() {
            return "add_column " + table + "." + column.name();
        }

        public void upgrade(CodeBlock.Builder code) {
            if (renamedFrom != null) {
                code.add("// $L.$L may be $L renamed: autogenerate sees a drop and an add, which loses the column's data;\n"
                        + "// to keep it, replace both with op.alterColumn($S, $S, ColumnChange.rename($S))\n",
                        table, column.name(), renamedFrom, table, renamedFrom, column.name());
            }
            code.addStatement("op.addColumn($S, $L)", table, JavaCode.column(column, nullable));
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropColumn($S, $S)", table, column.name());
        }
    }

    record RemoveColumn(String table, Column<?> column) implements SchemaDiff {
        public String describe() {
            return "remove_column " + table + "." + column.name();
        }

        public void upgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropColumn($S, $S)", table, column.name());
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.addColumn($S, $L)", table, JavaCode.column(column, column.isNullable()));
        }
    }

    /** A column whose type, nullability or server default differ; null where that part agrees. */
    record AlterColumn(String table, String column, @Nullable SqlType<?> fromType, @Nullable SqlType<?> toType,
                       @Nullable Boolean fromNullable, @Nullable Boolean toNullable, boolean defaultChanged,
                       @Nullable String fromDefault, @Nullable String toDefault) implements SchemaDiff {
        public String describe() {
            StringBuilder s = new StringBuilder();
            if (toType != null) {
                s.append("modify_type ").append(table).append('.').append(column).append(' ')
                        .append(fromType).append(" -> ").append(toType).append("; ");
            }
            if (toNullable != null) {
                s.append("modify_nullable ").append(table).append('.').append(column).append(' ')
                        .append(fromNullable).append(" -> ").append(toNullable).append("; ");
            }
            if (defaultChanged) {
                s.append("modify_default ").append(table).append('.').append(column).append(' ')
                        .append(fromDefault).append(" -> ").append(toDefault).append("; ");
            }
            return s.substring(0, s.length() - 2);
        }

        public void upgrade(CodeBlock.Builder code) {
            code.addStatement("op.alterColumn($S, $S, $L)", table, column,
                    JavaCode.change(toType, toNullable, defaultChanged, toDefault));
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.alterColumn($S, $S, $L)", table, column,
                    JavaCode.change(fromType, fromNullable, defaultChanged, fromDefault));
        }
    }

    record AddIndex(String table, Index index) implements SchemaDiff {
        public String describe() {
            return "add_index " + index.name() + " on " + table + index.columns();
        }

        public void upgrade(CodeBlock.Builder code) {
            code.addStatement("op.createIndex($S, $S, $L, $L)", index.name(), table, JavaCode.names(index.columns()),
                    index.unique());
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropIndex($S, $S)", index.name(), table);
        }
    }

    record RemoveIndex(String table, Index index) implements SchemaDiff {
        public String describe() {
            return "remove_index " + index.name() + " on " + table;
        }

        public void upgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropIndex($S, $S)", index.name(), table);
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.createIndex($S, $S, $L, $L)", index.name(), table, JavaCode.names(index.columns()),
                    index.unique());
        }
    }

    record AddUnique(String table, String name, List<String> columns) implements SchemaDiff {
        public String describe() {
            return "add_constraint " + name + " UNIQUE " + table + columns;
        }

        public void upgrade(CodeBlock.Builder code) {
            code.addStatement("op.createUniqueConstraint($S, $S, $L)", name, table, strings(columns));
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropConstraint($S, $S)", name, table);
        }
    }

    record RemoveUnique(String table, String name, List<String> columns) implements SchemaDiff {
        public String describe() {
            return "remove_constraint " + name + " UNIQUE " + table + columns;
        }

        public void upgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropConstraint($S, $S)", name, table);
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.createUniqueConstraint($S, $S, $L)", name, table, strings(columns));
        }
    }

    record AddForeignKey(String table, String name, ForeignKeyConstraint key) implements SchemaDiff {
        public String describe() {
            return "add_fk " + name + " " + table + key.columns() + " -> " + key.referredTable() + key.referredColumns();
        }

        public void upgrade(CodeBlock.Builder code) {
            createForeignKey(code, table, name, key);
        }

        public void downgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropConstraint($S, $S)", name, table);
        }
    }

    record RemoveForeignKey(String table, String name, ForeignKeyConstraint key) implements SchemaDiff {
        public String describe() {
            return "remove_fk " + name + " " + table + key.columns() + " -> " + key.referredTable();
        }

        public void upgrade(CodeBlock.Builder code) {
            code.addStatement("op.dropConstraint($S, $S)", name, table);
        }

        public void downgrade(CodeBlock.Builder code) {
            createForeignKey(code, table, name, key);
        }
    }

    private static void createForeignKey(CodeBlock.Builder code, String table, String name, ForeignKeyConstraint key) {
        if (key.onDelete() == ReferentialAction.NO_ACTION && key.onUpdate() == ReferentialAction.NO_ACTION) {
            code.addStatement("op.createForeignKey($S, $S, $S, $L, $L)", name, table, key.referredTable(),
                    JavaCode.names(key.columns()), JavaCode.names(key.referredColumns()));
        } else {
            code.addStatement("op.createForeignKey($S, $S, $S, $L, $L, $T.$L, $T.$L)", name, table, key.referredTable(),
                    JavaCode.names(key.columns()), JavaCode.names(key.referredColumns()),
                    ReferentialAction.class, key.onDelete().name(), ReferentialAction.class, key.onUpdate().name());
        }
    }

    private static CodeBlock strings(List<String> names) {
        List<CodeBlock> parts = new ArrayList<>();
        names.forEach(n -> parts.add(CodeBlock.of("$S", n)));
        return CodeBlock.join(parts, ", ");
    }
}
