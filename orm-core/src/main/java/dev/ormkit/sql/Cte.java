package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A common table expression, SQLAlchemy's {@code CTE}: a statement named in the {@code WITH}
 * clause and used like a table ({@code select(...).cte("name")}). Wherever a CTE is used in a
 * statement (in FROM, in a join, inside a subquery, inside another CTE), the compiler writes
 * its definition once in the {@code WITH} clause of the outermost statement, in dependency
 * order, and refers to it by name.
 *
 * <p>A recursive CTE starts from its anchor ({@code select(...).cte("tree", true)}) and is
 * completed with {@link #unionAll} (or {@link #union}) by a SELECT that refers to the anchor
 * CTE itself:
 * <pre>{@code
 * Cte tree = select(nodes.c("id"), nodes.c("parent_id")).where(nodes.c("parent_id").isNull()).cte("tree", true);
 * tree = tree.unionAll(select(nodes.c("id"), nodes.c("parent_id"))
 *         .join(tree, nodes.c("parent_id").eq(tree.c("id"))));
 * select(tree.c("id")).selectFrom(tree);
 * }</pre>
 * The CTE returned by {@code unionAll} restates the anchor: both render under one name, and
 * the statement gets {@code WITH RECURSIVE}.
 *
 * <p>An INSERT, UPDATE or DELETE with RETURNING can be a CTE too, where the database allows
 * data-modifying statements in WITH (PostgreSQL); elsewhere compiling it is a
 * {@link dev.ormkit.exc.CompileException} naming the database.
 */
public final class Cte extends FromClause implements NamedFrom {
    private final ClauseElement statement;
    private final String name;
    private final @Nullable String alias;
    private final boolean recursive;
    /** The CTE this one restates (the anchor a {@code unionAll} completed), null for an original. */
    private final @Nullable Cte restates;
    private final Map<String, DerivedColumn<?>> columns = new LinkedHashMap<>();

    Cte(ClauseElement statement, String name, boolean recursive, List<String> columnNames,
        List<Expression<?>> columnSources) {
        this(statement, name, null, recursive, null, columnNames, columnSources);
    }

    private Cte(ClauseElement statement, String name, @Nullable String alias, boolean recursive,
                @Nullable Cte restates, List<String> columnNames, List<Expression<?>> columnSources) {
        if (name.isBlank()) {
            throw new ArgumentException("A CTE needs a name");
        }
        this.statement = statement;
        this.name = name;
        this.alias = alias;
        this.recursive = recursive;
        this.restates = restates;
        for (int i = 0; i < columnNames.size(); i++) {
            if (columns.put(columnNames.get(i), derive(columnNames.get(i), columnSources.get(i))) != null) {
                throw new ArgumentException("CTE " + name + " has two columns named " + columnNames.get(i)
                        + "; label one of them: expr.label(\"other\")");
            }
        }
    }

    private <T> DerivedColumn<T> derive(String columnName, Expression<T> source) {
        return new DerivedColumn<>(this, columnName, source.type());
    }

    /** Builds the CTE of a data-modifying statement: its columns are the RETURNING columns. */
    static Cte ofDml(ClauseElement statement, String name, List<Expression<?>> returning) {
        List<String> names = new ArrayList<>();
        for (Expression<?> e : returning) {
            String label = e.defaultLabel();
            names.add(label != null ? label : "anon_" + (names.size() + 1));
        }
        return new Cte(statement, name, false, names, returning);
    }

    /**
     * {@code anchor UNION ALL recursive}: the recursive CTE completed by {@code recursive}, a
     * SELECT that refers to this CTE. Returns a new CTE of the same name to select from.
     */
    public Cte unionAll(Select recursive) {
        return combine(CompoundSelect.Kind.UNION_ALL, recursive);
    }

    /** {@code anchor UNION recursive}: as {@link #unionAll}, dropping duplicate rows (which also ends cycles). */
    public Cte union(Select recursive) {
        return combine(CompoundSelect.Kind.UNION, recursive);
    }

    private Cte combine(CompoundSelect.Kind kind, Select member) {
        List<Select> members = new ArrayList<>();
        if (statement instanceof Select s) {
            members.add(s);
        } else if (statement instanceof CompoundSelect c && c.operation() == kind) {
            members.addAll(c.selects());
        } else {
            throw new ArgumentException("CTE " + name + " is not a SELECT (or a compound of the same kind) "
                    + "that " + kind.sql() + " can extend");
        }
        members.add(member);
        CompoundSelect combined = CompoundSelect.of(kind, members.get(0),
                members.subList(1, members.size()).toArray(new Select[0]));
        List<String> names = new ArrayList<>(columns.keySet());
        List<Expression<?>> sources = new ArrayList<>(columns.values());
        return new Cte(combined, name, alias, recursive, this, names, sources);
    }

    /** This CTE under another name in FROM ({@code name AS alias}), for joining a CTE to itself. */
    public Cte alias(String aliasName) {
        List<String> names = new ArrayList<>(columns.keySet());
        List<Expression<?>> sources = new ArrayList<>(columns.values());
        return new Cte(statement, name, aliasName, recursive, this, names, sources);
    }

    /** The statement the CTE names. */
    public ClauseElement statement() {
        return statement;
    }

    /** The name the WITH clause gives the CTE. */
    public String name() {
        return name;
    }

    /** The alias this reference goes by in FROM, or null. */
    public @Nullable String alias() {
        return alias;
    }

    /** True for a CTE made with {@code cte(name, true)}: the statement gets {@code WITH RECURSIVE}. */
    public boolean isRecursive() {
        return recursive;
    }

    /** The first CTE of this one's line: all the CTEs one {@code unionAll} chain or alias made are one CTE. */
    Cte original() {
        Cte c = this;
        while (c.restates != null) {
            c = c.restates;
        }
        return c;
    }

    /** How many restatements lie between this CTE and its original; the latest holds the full statement. */
    int generation() {
        int n = 0;
        for (Cte c = restates; c != null; c = c.restates) {
            n++;
        }
        return n;
    }

    /** The CTE whose definition the WITH clause writes: an alias defines nothing of its own. */
    Cte definition() {
        Cte c = this;
        while (c.alias != null && c.restates != null) {
            c = c.restates;
        }
        return c;
    }

    @Override
    public String fromName() {
        return alias != null ? alias : name;
    }

    /** The CTE's column named {@code columnName}. */
    @SuppressWarnings("unchecked")
    public <T> DerivedColumn<T> c(String columnName) {
        DerivedColumn<?> c = columns.get(columnName);
        if (c == null) {
            throw new ArgumentException("CTE " + name + " has no column " + columnName + "; its columns are "
                    + columns.keySet());
        }
        return (DerivedColumn<T>) c;
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    @Override
    public List<DerivedColumn<?>> exportedColumns() {
        return new ArrayList<>(columns.values());
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(statement);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Cte.class).add(name).add(alias).add(recursive).add(generation());
        Cte original = original();
        if (key.isInside(original)) {
            return; // a reference to the CTE being defined: its definition is already in the key
        }
        key.enter(original);
        try {
            key.element(statement);
        } finally {
            key.exit(original);
        }
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitCteReference(this);
    }
}
