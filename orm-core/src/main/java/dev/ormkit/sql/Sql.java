package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * The expression language's entry points: {@code import static dev.ormkit.sql.Sql.*;} gives
 * {@code select}, {@code insert}, {@code update}, {@code delete}, {@code text}, {@code and},
 * {@code or}, {@code not}, {@code func}, {@code exists}, {@code caseWhen}, {@code cast}, ...
 * as SQLAlchemy's {@code from sqlalchemy import ...} does.
 */
public final class Sql {
    /** SQL functions: {@code func.count(x)}, {@code func.rowNumber()}, {@code func.call("name", ...)}. */
    public static final Functions func = Functions.INSTANCE;

    private static volatile @Nullable List<EntityResolver> resolvers;

    private Sql() {
    }

    // --- statements -------------------------------------------------------------------

    /**
     * {@code SELECT} of columns, expressions, tables (all their columns) or mapped classes
     * (their table's columns; through a session, the objects).
     */
    public static Select select(Object... columns) {
        return new Select(selectables(columns));
    }

    /** {@code INSERT} into a table; give values with {@code values(...)} or a SELECT with {@code fromSelect(...)}. */
    public static Insert insert(TableClause table) {
        return new Insert(table);
    }

    /** {@code INSERT} into a mapped class's table. */
    public static Insert insert(Class<?> entity) {
        return new Insert(tableOf(entity));
    }

    /** {@code UPDATE} of a table; give new values with {@code values(...)} and rows with {@code where(...)}. */
    public static Update update(TableClause table) {
        return new Update(table);
    }

    /** {@code UPDATE} of a mapped class's table. */
    public static Update update(Class<?> entity) {
        return new Update(tableOf(entity));
    }

    /** {@code DELETE} from a table; without {@code where(...)} it deletes every row. */
    public static Delete delete(TableClause table) {
        return new Delete(table);
    }

    /** {@code DELETE} from a mapped class's table. */
    public static Delete delete(Class<?> entity) {
        return new Delete(tableOf(entity));
    }

    /** Literal SQL with {@code :name} parameters. */
    public static TextClause text(String sql) {
        return new TextClause(sql);
    }

    // --- conjunctions ---------------------------------------------------------------------

    /** {@code AND} of the clauses; one clause is returned as is. */
    @SafeVarargs
    public static Expression<Boolean> and(Expression<Boolean>... clauses) {
        return and(Arrays.asList(clauses));
    }

    /** {@code AND} of a list of clauses; one clause is returned as is. */
    public static Expression<Boolean> and(List<? extends Expression<Boolean>> clauses) {
        return clauses.size() == 1 ? clauses.get(0) : new BooleanClauseList(Operator.AND, new ArrayList<>(clauses));
    }

    /** {@code OR} of the clauses; one clause is returned as is. */
    @SafeVarargs
    public static Expression<Boolean> or(Expression<Boolean>... clauses) {
        return or(Arrays.asList(clauses));
    }

    /** {@code OR} of a list of clauses; one clause is returned as is. */
    public static Expression<Boolean> or(List<? extends Expression<Boolean>> clauses) {
        return clauses.size() == 1 ? clauses.get(0) : new BooleanClauseList(Operator.OR, new ArrayList<>(clauses));
    }

    /** {@code NOT clause}. */
    public static Expression<Boolean> not(Expression<Boolean> clause) {
        return new UnaryExpression<>(clause, UnaryExpression.Kind.NOT, StandardTypes.BOOLEAN);
    }

    // --- values and expressions -----------------------------------------------------------

    /** A bound value: {@code literal(5)} sends 5 as a parameter. */
    public static <T> Expression<T> literal(@Nullable T value) {
        return new BindParam<>(value, null);
    }

    /** A bound value with its SQL type. */
    public static <T> Expression<T> literal(@Nullable T value, SqlType<T> type) {
        return new BindParam<>(value, type);
    }

    /** A named parameter, its value given when the statement runs. */
    public static <T> BindParam<T> bindParam(String name) {
        return BindParam.named(name, null);
    }

    /** A named parameter of a given type, its value given when the statement runs. */
    public static <T> BindParam<T> bindParam(String name, SqlType<T> type) {
        return BindParam.named(name, type);
    }

    /** SQL text used as a column, e.g. {@code literalColumn("1")}; never pass user input here. */
    public static Expression<Object> literalColumn(String sql) {
        return new SqlLiteral<>(sql, null);
    }

    /** SQL NULL. */
    public static <T> Expression<T> nullValue() {
        return new SqlLiteral<>("NULL", null);
    }

    /** SQL TRUE, e.g. the ON clause of a join to a LATERAL subquery. SQLAlchemy's {@code true()}. */
    public static Expression<Boolean> trueValue() {
        return new SqlLiteral<>("TRUE", StandardTypes.BOOLEAN);
    }

    /** SQL FALSE. SQLAlchemy's {@code false()}. */
    public static Expression<Boolean> falseValue() {
        return new SqlLiteral<>("FALSE", StandardTypes.BOOLEAN);
    }

    /**
     * A row value, SQLAlchemy's {@code tuple_}: {@code tuple(a, b).in(List.of(1, "x"), List.of(2, "y"))}
     * for composite keys.
     */
    public static Tuple tuple(Expression<?>... expressions) {
        return new Tuple(Arrays.asList(expressions));
    }

    /**
     * Rows given in the statement, used as a table named {@code name}:
     * {@code values("v", Column.of("id", StandardTypes.BIGINT), Column.of("name", Types.string(20))).data(List.of(1L, "a"))}.
     * SQLAlchemy's {@code values(column(...), ..., name=...)}.
     */
    public static Values values(String name, ColumnExpression<?>... columns) {
        return new Values(name, Arrays.asList(columns), List.of());
    }

    /** {@code EXISTS (select)}. */
    public static Exists exists(Select select) {
        return new Exists(select);
    }

    /** {@code CASE WHEN condition THEN result}; add {@code .when(...)} and {@code .otherwise(...)}. */
    public static <T> Case<T> caseWhen(Expression<Boolean> condition, @Nullable T result) {
        return new Case<T>(List.of(), List.of(), null).when(condition, result);
    }

    /** {@code CAST(expression AS type)}. */
    public static <T> Expression<T> cast(Expression<?> expression, SqlType<T> type) {
        return new Cast<>(expression, type);
    }

    /** The proposed value of a column inside an upsert's SET list. */
    public static <T> Expression<T> excluded(ColumnExpression<T> column) {
        return new Excluded<>(column);
    }

    /** {@code DISTINCT x}, inside a function call: {@code func.count(distinct(col))}. */
    public static <T> Expression<T> distinct(Expression<T> expression) {
        return new UnaryExpression<>(expression, UnaryExpression.Kind.DISTINCT, expression.type());
    }

    // --- window functions --------------------------------------------------------------

    /** {@code PARTITION BY ...} for {@code over(...)}. */
    public static PartitionBy partitionBy(Expression<?>... expressions) {
        return new PartitionBy(Arrays.asList(expressions));
    }

    /** {@code ORDER BY ...} for {@code over(...)}. */
    public static WindowOrder orderBy(ClauseElement... items) {
        List<OrderByItem> list = new ArrayList<>();
        for (ClauseElement e : items) {
            list.add(OrderByItem.of(e));
        }
        return new WindowOrder(list);
    }

    /** {@code expression ASC}, for ORDER BY. */
    public static OrderByItem asc(Expression<?> expression) {
        return expression.asc();
    }

    /** {@code expression DESC}, for ORDER BY. */
    public static OrderByItem desc(Expression<?> expression) {
        return expression.desc();
    }

    // --- compound selects --------------------------------------------------------------

    /** {@code first UNION others}: the rows of all, duplicates removed. */
    public static CompoundSelect union(Select first, Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, first, others);
    }

    /** {@code first UNION ALL others}: the rows of all, duplicates kept. */
    public static CompoundSelect unionAll(Select first, Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, first, others);
    }

    /** {@code first INTERSECT others}: the rows found in every SELECT. */
    public static CompoundSelect intersect(Select first, Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, first, others);
    }

    /** {@code first EXCEPT others}: the rows of {@code first} found in none of the others. */
    public static CompoundSelect except(Select first, Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, first, others);
    }

    /** {@code INTERSECT ALL}; a CompileException on SQLite, which lacks it. */
    public static CompoundSelect intersectAll(Select first, Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT_ALL, first, others);
    }

    /** {@code EXCEPT ALL}; a CompileException on SQLite, which lacks it. */
    public static CompoundSelect exceptAll(Select first, Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT_ALL, first, others);
    }

    // --- internals shared by the statements ----------------------------------------------

    /** Turns what the user passed to select() into SELECT-list elements. */
    static List<ClauseElement> selectables(Object... items) {
        List<ClauseElement> out = new ArrayList<>(items.length);
        for (Object item : items) {
            if (item instanceof ClauseElement e) {
                out.add(e);
            } else if (item instanceof Class<?> c) {
                out.add(resolveEntity(c));
            } else {
                throw new ArgumentException("Cannot select " + item + " (" + (item == null ? "null" : item.getClass().getName())
                        + "): pass columns, expressions, tables or mapped classes");
            }
        }
        return out;
    }

    /** The names and expressions a SELECT yields, for derived-table columns. */
    static void resultColumns(Select select, List<String> names, List<Expression<?>> exprs) {
        for (ClauseElement c : select.columns()) {
            if (c instanceof Expression<?> e) {
                String label = e.defaultLabel();
                names.add(label != null ? label : "anon_" + (names.size() + 1));
                exprs.add(e);
            } else if (c instanceof FromClause f) {
                for (Expression<?> e : f.exportedColumns()) {
                    names.add(e.defaultLabel());
                    exprs.add(e);
                }
            } else if (c instanceof EntitySelectable es) {
                for (Expression<?> e : es.selectedColumns()) {
                    names.add(e.defaultLabel());
                    exprs.add(e);
                }
            }
        }
    }

    private static ClauseElement resolveEntity(Class<?> type) {
        for (EntityResolver r : resolvers()) {
            ClauseElement e = r.resolve(type);
            if (e != null) {
                return e;
            }
        }
        throw new ArgumentException(type.getName() + " is not a mapped class: annotate it with @Table");
    }

    /**
     * The table of a mapped class. Its type is inferred from the assignment, so that
     * {@code Table users = tableOf(User.class)} gives the schema's {@code Table} (the only kind
     * of table a class maps to) while this package needs no more than {@link TableClause}.
     */
    @SuppressWarnings("unchecked")
    public static <T extends TableClause> T tableOf(Class<?> type) {
        for (EntityResolver r : resolvers()) {
            FromClause f = r.fromClause(type);
            if (f instanceof TableClause t) {
                return (T) t;
            }
        }
        throw new ArgumentException(type.getName() + " is not a mapped class: annotate it with @Table");
    }

    private static List<EntityResolver> resolvers() {
        List<EntityResolver> r = resolvers;
        if (r == null) {
            r = new ArrayList<>();
            for (EntityResolver er : ServiceLoader.load(EntityResolver.class, Sql.class.getClassLoader())) {
                r.add(er);
            }
            resolvers = r;
        }
        return r;
    }
}
