package dev.ormkit.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.engine.Connection;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.DdlNames;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Index;
import dev.ormkit.schema.Inspector;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.NamingConvention;
import dev.ormkit.schema.ReflectedIndex;
import dev.ormkit.schema.ReflectedUniqueConstraint;
import dev.ormkit.sql.SqlType;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Autogenerate's comparison, Alembic's {@code compare_metadata}: tables, columns (type,
 * nullability, server default), indexes, unique constraints and foreign keys of the mapped
 * model against the live schema read through {@link Inspector}.
 *
 * <p>Databases spell the same thing differently, and a fresh {@code upgrade} must compare
 * clean: two types are the same when the dialect writes them the same way in DDL (so
 * MariaDB's {@code TINYINT(1)} is a BOOLEAN and SQLite's {@code INTEGER} key is a BIGINT
 * identity), and defaults are compared after casts, parentheses, case and boolean spellings
 * are evened out.
 */
final class SchemaComparator {
    private static final Pattern CAST = Pattern.compile("::[a-z_ ]+(\\[\\])?(\\(\\d+(,\\s*\\d+)?\\))?");

    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("current_timestamp\\(\\d*\\)|now\\(\\)");
    private final Dialect dialect;
    private final Inspector inspector;
    private final NamingConvention naming;

    SchemaComparator(Connection conn, NamingConvention naming) {
        this.dialect = conn.dialect();
        this.inspector = Inspector.of(conn);
        this.naming = naming;
    }

    List<SchemaDiff> compare(MetaData metadata) {
        List<SchemaDiff> out = new ArrayList<>();
        Set<String> live = new HashSet<>(inspector.tableNames());
        Set<String> modelled = new HashSet<>();
        for (Table t : metadata.sortedTables()) {
            modelled.add(t.name());
            if (!live.contains(t.name())) {
                out.add(new SchemaDiff.AddTable(t));
            } else {
                compareTable(t, SchemaModel.reflect(inspector, t.name(), naming).orElseThrow(), out);
            }
        }
        List<String> gone = new ArrayList<>();
        for (String name : inspector.tableNames()) {
            if (!modelled.contains(name) && !name.equals(VersionTable.NAME) && !name.startsWith("_ormkit_tmp_")) {
                gone.add(name);
            }
        }
        gone.sort(null);
        for (String name : gone) {
            out.add(new SchemaDiff.RemoveTable(SchemaModel.reflect(inspector, name, naming).orElseThrow()));
        }
        return out;
    }

    private void compareTable(Table model, Table live, List<SchemaDiff> out) {
        String t = model.name();
        List<Column<?>> added = new ArrayList<>();
        for (Column<?> c : model.columns()) {
            Column<?> l = live.findColumn(c.name());
            if (l == null) {
                added.add(c);
            } else {
                compareColumn(model, c, live, l, out);
            }
        }
        List<Column<?>> removed = new ArrayList<>();
        for (Column<?> l : live.columns()) {
            if (model.findColumn(l.name()) == null) {
                removed.add(l);
            }
        }
        for (Column<?> c : added) {
            // a drop and an add in one table may be a rename, which autogenerate cannot tell; say so
            String renamedFrom = removed.isEmpty() ? null : removed.get(0).name();
            for (Column<?> r : removed) {
                if (sameType(c.type(), r.type(), false)) {
                    renamedFrom = r.name();
                    break;
                }
            }
            out.add(new SchemaDiff.AddColumn(t, c, nullable(model, c), renamedFrom));
        }
        for (Column<?> r : removed) {
            out.add(new SchemaDiff.RemoveColumn(t, r));
        }
        compareIndexes(model, live, out);
        compareUniques(model, live, out);
        compareForeignKeys(model, live, out);
    }

    private void compareColumn(Table model, Column<?> c, Table live, Column<?> l, List<SchemaDiff> out) {
        boolean auto = live.autoincrementColumn() == l || model.autoincrementColumn() == c;
        boolean typeDiffers = !sameType(c.type(), l.type(), auto);
        boolean modelNull = nullable(model, c);
        boolean liveNull = nullable(live, l);
        boolean defaultDiffers = !auto && !Objects.equals(normalizeDefault(c.serverDefault()), normalizeDefault(l.serverDefault()));
        if (typeDiffers || modelNull != liveNull || defaultDiffers) {
            out.add(new SchemaDiff.AlterColumn(model.name(), c.name(),
                    typeDiffers ? l.type() : null, typeDiffers ? c.type() : null,
                    modelNull != liveNull ? liveNull : null, modelNull != liveNull ? modelNull : null,
                    defaultDiffers, l.serverDefault(), c.serverDefault()));
        }
    }

    private static boolean nullable(Table t, Column<?> c) {
        return c.isNullable() && !t.primaryKey().contains(c);
    }

    /** Same when the dialect would write them alike; integer keys the database generates count as one. */
    private boolean sameType(SqlType<?> model, SqlType<?> live, boolean autoincrement) {
        if (model.equals(live)) {
            return true;
        }
        String a = dialect.typeName(model);
        String b = dialect.typeName(live);
        if (a != null && b != null && a.trim().equalsIgnoreCase(b.trim())) {
            return true;
        }
        return autoincrement && model.isInteger() && live.isInteger();
    }

    /** A default in a comparable form: no casts or outer parentheses, lower case, booleans as 1/0. */
    static @Nullable String normalizeDefault(@Nullable String sql) {
        if (sql == null) {
            return null;
        }
        String s = CAST.matcher(sql.trim().toLowerCase(Locale.ROOT)).replaceAll("").trim();
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
            s = s.substring(1, s.length() - 1).trim();
        }
        s = CURRENT_TIMESTAMP.matcher(s).replaceAll("current_timestamp"); // MariaDB: current_timestamp(6); PostgreSQL: now()
        if (s.equals("true") || s.equals("'1'")) {
            return "1";
        }
        if (s.equals("false") || s.equals("'0'")) {
            return "0";
        }
        if (s.matches("'-?\\d+(\\.\\d+)?'")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.equals("null")) {
            return null;
        }
        return s;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private void compareIndexes(Table model, Table live, List<SchemaDiff> out) {
        Map<String, Index> liveByName = new LinkedHashMap<>();
        for (ReflectedIndex i : inspector.indexes(live.name())) {
            liveByName.put(i.name(), new Index(i.name(), i.columns(), i.unique()));
        }
        Set<String> modelUniqueNames = new HashSet<>();
        for (UniqueConstraint u : model.uniqueConstraints()) {
            modelUniqueNames.add(fit(model.nameOf(u)));
        }
        for (Index i : model.indexes()) {
            Index l = liveByName.remove(fit(i.name()));
            if (l == null) {
                out.add(new SchemaDiff.AddIndex(model.name(), i));
            } else if (!l.columns().equals(i.columns()) || l.unique() != i.unique()) {
                out.add(new SchemaDiff.RemoveIndex(model.name(), l));
                out.add(new SchemaDiff.AddIndex(model.name(), i));
            }
        }
        for (Index l : liveByName.values()) {
            if (!modelUniqueNames.contains(l.name()) && !isUniqueConstraintIndex(live, l)) {
                out.add(new SchemaDiff.RemoveIndex(model.name(), l));
            }
        }
    }

    /** MySQL reports a unique key both as a constraint and as an index. */
    private boolean isUniqueConstraintIndex(Table live, Index l) {
        for (ReflectedUniqueConstraint u : inspector.uniqueConstraints(live.name())) {
            if (l.name().equals(u.name())) {
                return true;
            }
        }
        return false;
    }

    private void compareUniques(Table model, Table live, List<SchemaDiff> out) {
        Set<String> modelIndexNames = new HashSet<>();
        model.indexes().forEach(i -> modelIndexNames.add(fit(i.name())));
        List<UniqueConstraint> liveUniques = new ArrayList<>(live.uniqueConstraints());
        liveUniques.removeIf(u -> u.name() != null && modelIndexNames.contains(u.name())); // a unique index, on MySQL
        for (UniqueConstraint u : model.uniqueConstraints()) {
            Optional<UniqueConstraint> match = liveUniques.stream().filter(l -> l.columns().equals(u.columns())).findFirst();
            if (match.isPresent()) {
                liveUniques.remove(match.get());
            } else {
                out.add(new SchemaDiff.AddUnique(model.name(), fit(model.nameOf(u)), u.columns()));
            }
        }
        for (UniqueConstraint l : liveUniques) {
            out.add(new SchemaDiff.RemoveUnique(model.name(), fit(live.nameOf(l)), l.columns()));
        }
    }

    private void compareForeignKeys(Table model, Table live, List<SchemaDiff> out) {
        List<ForeignKeyConstraint> liveKeys = new ArrayList<>(live.foreignKeys());
        for (ForeignKeyConstraint fk : model.foreignKeys()) {
            Optional<ForeignKeyConstraint> match = liveKeys.stream().filter(l -> sameKey(fk, l)).findFirst();
            if (match.isPresent()) {
                liveKeys.remove(match.get());
            } else {
                out.add(new SchemaDiff.AddForeignKey(model.name(), DdlNames.foreignKeyName(dialect, model, fk), fk));
            }
        }
        for (ForeignKeyConstraint l : liveKeys) {
            out.add(new SchemaDiff.RemoveForeignKey(model.name(), DdlNames.foreignKeyName(dialect, live, l), l));
        }
    }

    private static boolean sameKey(ForeignKeyConstraint a, ForeignKeyConstraint b) {
        return a.columns().equals(b.columns()) && a.referredTable().equals(b.referredTable())
                && a.referredColumns().equals(b.referredColumns()) && a.onDelete() == b.onDelete()
                && a.onUpdate() == b.onUpdate();
    }

    private String fit(@Nullable String name) {
        return name == null ? "" : DdlNames.fitIdentifier(dialect, name);
    }
}
