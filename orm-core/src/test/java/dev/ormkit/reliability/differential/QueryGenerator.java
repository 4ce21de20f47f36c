package dev.ormkit.reliability.differential;

import static dev.ormkit.sql.Sql.and;
import static dev.ormkit.sql.Sql.caseWhen;
import static dev.ormkit.sql.Sql.exists;
import static dev.ormkit.sql.Sql.falseValue;
import static dev.ormkit.sql.Sql.func;
import static dev.ormkit.sql.Sql.literal;
import static dev.ormkit.sql.Sql.not;
import static dev.ormkit.sql.Sql.or;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.trueValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import dev.ormkit.schema.Types;
import dev.ormkit.sql.Case;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.TableAlias;

/**
 * Generates random queries over {@link DiffSchema} from a seed, each with the result the
 * in-memory evaluation of the same tree expects. Four shapes: joins with a filter, projections
 * of integer, string and boolean expressions, paging over a total order, and aggregates with
 * GROUP BY and HAVING. Expressions nest comparisons, AND/OR/NOT over NULLs, IS NULL, BETWEEN,
 * IN lists with NULL, IN / NOT IN / EXISTS subqueries, scalar subqueries, CASE, COALESCE,
 * {@code + - *}, unary minus, {@code %} by a non-zero constant, ABS, LENGTH, LOWER,
 * concatenation and LIKE with and without an ESCAPE character.
 *
 * <p>Left out on purpose, because the databases legitimately differ: division (integer
 * division truncates on PostgreSQL, SQLite and H2, gives a decimal on MySQL), floating point
 * and AVG, ordering or comparing strings other than lowercase ASCII letters (collations),
 * case-changing functions inside comparisons (MariaDB's default collation ignores case),
 * and NULL placement without an explicit NULLS FIRST / LAST.
 */
final class QueryGenerator {
    private static final String[] WORDS = {"apple", "ann", "bob", "cy", "date", "fig", "kiwi", "a", "b", ""};
    private static final String[] INT_COLUMNS_ITEMS = {"qty", "price", "grp", "owner_id"};
    private static final String[] INT_COLUMNS_OWNERS = {"score", "id"};
    private static final char[] ESCAPES = {'!', '\\', '#'};

    private final DiffSchema schema;
    private final TableAlias sub;
    private Random random = new Random();

    QueryGenerator(DiffSchema schema) {
        this.schema = schema;
        this.sub = schema.owners.alias("s");
    }

    /** Which tables a generated expression may refer to. */
    private record Scope(boolean owners, boolean inSubquery) {
        String ownerPrefix() {
            return inSubquery ? "s" : "o";
        }
    }

    DiffCase generate(long seed) {
        random = new Random(seed);
        switch (random.nextInt(4)) {
            case 0:
                return joinCase(seed);
            case 1:
                return projectionCase(seed);
            case 2:
                return pagingCase(seed);
            default:
                return aggregateCase(seed);
        }
    }

    // --- query shapes -----------------------------------------------------------------------

    private enum JoinKind { NONE, INNER, LEFT }

    private DiffCase joinCase(long seed) {
        JoinKind kind = JoinKind.values()[random.nextInt(3)];
        Scope scope = new Scope(kind != JoinKind.NONE, false);
        Term on = kind == JoinKind.NONE ? null : onClause();
        Term where = boolTerm(scope, 3);
        List<Expression<?>> columns = new ArrayList<>();
        columns.add(schema.items.c("id"));
        if (kind != JoinKind.NONE) {
            columns.add(schema.owners.c("id").label("oid"));
        }
        Select q = from(select(columns.toArray()), kind, on).where(where.<Boolean>as());
        List<List<Object>> expected = new ArrayList<>();
        for (Map<String, Object> env : joined(kind, on)) {
            if (isTrue(where.valueIn(env))) {
                expected.add(kind == JoinKind.NONE ? row(env.get("i.id")) : row(env.get("i.id"), env.get("o.id")));
            }
        }
        return new DiffCase(seed, "join " + kind, q, expected, false);
    }

    private DiffCase projectionCase(long seed) {
        JoinKind kind = random.nextBoolean() ? JoinKind.NONE : JoinKind.LEFT;
        Scope scope = new Scope(kind != JoinKind.NONE, false);
        Term on = kind == JoinKind.NONE ? null : onClause();
        Term number = intTerm(scope, 3);
        Term text = stringTerm(scope, 2);
        Term condition = boolTerm(scope, 2);
        Term truth = truthValue(condition);
        Term where = random.nextInt(3) == 0 ? boolTerm(scope, 2) : null;
        Select q = from(select(schema.items.c("id"), number.sql().label("n"), text.sql().label("t"),
                truth.sql().label("b")), kind, on);
        if (where != null) {
            q = q.where(where.<Boolean>as());
        }
        List<List<Object>> expected = new ArrayList<>();
        for (Map<String, Object> env : joined(kind, on)) {
            if (where == null || isTrue(where.valueIn(env))) {
                expected.add(row(env.get("i.id"), number.valueIn(env), text.valueIn(env), truth.valueIn(env)));
            }
        }
        return new DiffCase(seed, "projection " + kind, q, expected, false);
    }

    private DiffCase pagingCase(long seed) {
        JoinKind kind = random.nextBoolean() ? JoinKind.NONE : JoinKind.LEFT;
        Scope scope = new Scope(kind != JoinKind.NONE, false);
        Term on = kind == JoinKind.NONE ? null : onClause();
        Term key = random.nextInt(4) == 0 ? orderedString(scope) : intTerm(scope, 2);
        boolean descending = random.nextBoolean();
        boolean nullsFirst = random.nextBoolean();
        Term where = random.nextBoolean() ? boolTerm(scope, 2) : null;
        int limit = random.nextInt(6) + 1;
        int offset = random.nextInt(5);
        OrderByItem keyOrder = descending ? key.sql().desc() : key.sql().asc();
        keyOrder = nullsFirst ? keyOrder.nullsFirst() : keyOrder.nullsLast();
        List<Expression<?>> columns = new ArrayList<>(List.of(schema.items.c("id"), key.sql().label("k")));
        if (kind != JoinKind.NONE) {
            columns.add(schema.owners.c("id").label("oid"));
        }
        Select q = from(select(columns.toArray()), kind, on);
        if (where != null) {
            q = q.where(where.<Boolean>as());
        }
        // the join's owner id after the item's: an item joins at most one owner, so (key, item id) is total
        q = q.orderBy(keyOrder, schema.items.c("id").asc()).limit(limit).offset(offset);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> env : joined(kind, on)) {
            if (where == null || isTrue(where.valueIn(env))) {
                rows.add(env);
            }
        }
        Comparator<Object> values = (a, b) -> compareValues(a, b);
        Comparator<Object> keyed = nullsFirst ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
        Comparator<Map<String, Object>> byKey = (a, b) -> {
            Object ka = key.valueIn(a);
            Object kb = key.valueIn(b);
            if (ka == null || kb == null) {
                return keyed.compare(ka, kb);
            }
            return descending ? compareValues(kb, ka) : compareValues(ka, kb);
        };
        rows.sort(byKey.thenComparing(env -> (Long) env.get("i.id")));
        List<List<Object>> expected = new ArrayList<>();
        for (int i = offset; i < rows.size() && i < offset + limit; i++) {
            Map<String, Object> env = rows.get(i);
            expected.add(kind == JoinKind.NONE ? row(env.get("i.id"), key.valueIn(env))
                    : row(env.get("i.id"), key.valueIn(env), env.get("o.id")));
        }
        return new DiffCase(seed, "paging " + kind, q, expected, true);
    }

    private DiffCase aggregateCase(long seed) {
        Scope scope = new Scope(false, false);
        Term summed = intTerm(scope, 1);
        Term where = random.nextBoolean() ? boolTerm(scope, 2) : null;
        Expression<Integer> qty = schema.items.c("qty");
        Expression<Integer> price = schema.items.c("price");
        Expression<String> name = schema.items.c("name");
        Select q = select(schema.items.c("grp"), func.count().label("n"), func.count(qty).label("nq"),
                func.sum(summed.<Integer>as()).label("total"), func.min(qty).label("lo"), func.max(name).label("top"))
                .selectFrom(schema.items);
        if (where != null) {
            q = q.where(where.<Boolean>as());
        }
        q = q.groupBy(schema.items.c("grp"));
        // HAVING: a condition on the group's aggregates, evaluated on the group's rows in memory
        Term having = havingTerm(qty, price);
        if (having != null) {
            q = q.having(having.<Boolean>as());
        }
        Map<Object, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> env : joined(JoinKind.NONE, null)) {
            if (where == null || isTrue(where.valueIn(env))) {
                groups.computeIfAbsent(Objects.toString(env.get("i.grp"), "<null>"), g -> new ArrayList<>()).add(env);
            }
        }
        List<List<Object>> expected = new ArrayList<>();
        for (List<Map<String, Object>> group : groups.values()) {
            Map<String, Object> aggregates = new HashMap<>();
            aggregates.put("group", group);
            if (having != null && !isTrue(having.valueIn(aggregates))) {
                continue;
            }
            expected.add(row(group.get(0).get("i.grp"), (long) group.size(), count(group, "i.qty"),
                    sum(group, summed), extreme(group, "i.qty", false), extreme(group, "i.name", true)));
        }
        return new DiffCase(seed, "aggregate", q, expected, false);
    }

    @SuppressWarnings("unchecked")
    private Term havingTerm(Expression<Integer> qty, Expression<Integer> price) {
        int k = random.nextInt(12) - 3;
        switch (random.nextInt(6)) {
            case 0:
                return new Term(func.count().gt((long) (k & 3)), env -> cmp(group(env).size(), k & 3) > 0);
            case 1:
                return new Term(func.sum(qty).ge(k), env -> compare(sumOf(group(env), "i.qty"), (long) k, c -> c >= 0));
            case 2:
                return new Term(func.min(qty).isNull(), env -> extreme(group(env), "i.qty", false) == null);
            case 3:
                return new Term(func.max(price).lt(k), env -> compare(extreme(group(env), "i.price", true), (long) k, c -> c < 0));
            case 4: {
                Term a = havingTerm(qty, price);
                Term b = havingTerm(qty, price);
                return a == null || b == null ? a : orTerm(a, b);
            }
            default:
                return null;
        }
    }

    // --- FROM and joins -----------------------------------------------------------------------

    /** {@code i.owner_id = o.id}, sometimes with a further condition on the owner. */
    private Term onClause() {
        Expression<Long> ownerId = schema.items.c("owner_id");
        Expression<Long> id = schema.owners.c("id");
        Term key = new Term(ownerId.eq(id), env -> eq(env.get("i.owner_id"), env.get("o.id")));
        if (random.nextInt(3) == 0) {
            return andTerm(key, boolTerm(new Scope(true, false), 1));
        }
        return key;
    }

    private Select from(Select q, JoinKind kind, Term on) {
        FromClause f = switch (kind) {
            case NONE -> schema.items;
            case INNER -> schema.items.join(schema.owners, on.<Boolean>as());
            case LEFT -> schema.items.outerJoin(schema.owners, on.<Boolean>as());
        };
        return q.selectFrom(f);
    }

    /** The environments (one per result row before WHERE) of the FROM clause, evaluated in memory. */
    private List<Map<String, Object>> joined(JoinKind kind, Term on) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> item : schema.itemRows) {
            Map<String, Object> base = new HashMap<>();
            item.forEach((k, v) -> base.put("i." + k, v));
            if (kind == JoinKind.NONE) {
                out.add(base);
                continue;
            }
            boolean matched = false;
            for (Map<String, Object> owner : schema.ownerRows) {
                Map<String, Object> env = new HashMap<>(base);
                owner.forEach((k, v) -> env.put("o." + k, v));
                if (isTrue(on.valueIn(env))) {
                    out.add(env);
                    matched = true;
                }
            }
            if (!matched && kind == JoinKind.LEFT) {
                out.add(base);
            }
        }
        return out;
    }

    // --- integer expressions --------------------------------------------------------------------

    private Term intTerm(Scope scope, int depth) {
        int pick = depth <= 0 ? random.nextInt(2) : random.nextInt(13);
        switch (pick) {
            case 0:
                return intColumn(scope);
            case 1: {
                int v = random.nextInt(17) - 5;
                return new Term(literal(v, Types.INTEGER), env -> (long) v);
            }
            case 2:
            case 3: {
                Term a = intTerm(scope, depth - 1);
                Term b = intTerm(scope, depth - 1);
                return arithmetic(a, b.sql(), b.eval(), random.nextInt(3));
            }
            case 4: {
                // a plain Java value as the right operand, bound without a declared type
                Term a = intTerm(scope, depth - 1);
                int v = random.nextInt(9) - 3;
                return arithmetic(a, v, env -> (long) v, random.nextInt(3));
            }
            case 5: {
                Term a = intTerm(scope, depth - 1);
                return new Term(a.as().negate(), env -> negate(a.valueIn(env)));
            }
            case 6: {
                Term a = intTerm(scope, depth - 1);
                int m = random.nextInt(4) + 2;
                return new Term(a.as().mod(m), env -> {
                    Object x = a.valueIn(env);
                    return x == null ? null : (Long) x % m;
                });
            }
            case 7: {
                Term a = intTerm(scope, depth - 1);
                return new Term(func.abs(a.as()), env -> {
                    Object x = a.valueIn(env);
                    return x == null ? null : Math.abs((Long) x);
                });
            }
            case 8: {
                Term a = intTerm(scope, depth - 1);
                Term b = intTerm(scope, depth - 1);
                return new Term(func.coalesce(a.as(), b.sql()), env -> coalesce(a.valueIn(env), b.valueIn(env)));
            }
            case 9:
                return caseTerm(scope, depth, () -> intTerm(scope, depth - 1));
            case 10: {
                Term s = stringTerm(scope, depth - 1);
                return new Term(func.length(s.as()), env -> {
                    Object x = s.valueIn(env);
                    return x == null ? null : (long) ((String) x).length();
                });
            }
            case 11: {
                if (scope.inSubquery()) {
                    return intColumn(scope);
                }
                return scalarSubquery(scope);
            }
            default: {
                // CASE with plain Java values as its results
                Term c = boolTerm(scope, depth - 1);
                int a = random.nextInt(7);
                int b = random.nextInt(7) - 3;
                Case<Integer> sql = caseWhen(c.<Boolean>as(), a).otherwise(b);
                return new Term(sql, env -> isTrue(c.valueIn(env)) ? (long) a : (long) b);
            }
        }
    }

    private Term intColumn(Scope scope) {
        boolean owner = scope.owners() && random.nextInt(3) == 0;
        if (owner) {
            String c = INT_COLUMNS_OWNERS[random.nextInt(INT_COLUMNS_OWNERS.length)];
            String key = scope.ownerPrefix() + "." + c;
            return new Term(ownerColumn(scope, c), env -> env.get(key));
        }
        String c = INT_COLUMNS_ITEMS[random.nextInt(INT_COLUMNS_ITEMS.length)];
        return new Term(schema.items.c(c), env -> env.get("i." + c));
    }

    private Expression<?> ownerColumn(Scope scope, String column) {
        return scope.inSubquery() ? sub.c(column) : schema.owners.c(column);
    }

    private Term arithmetic(Term a, Object right, Function<Map<String, Object>, Object> rightValue, int op) {
        Expression<Object> left = a.as();
        switch (op) {
            case 0:
                return new Term(left.plus(right), env -> apply(a.valueIn(env), rightValue.apply(env), Long::sum));
            case 1:
                return new Term(left.minus(right), env -> apply(a.valueIn(env), rightValue.apply(env), (x, y) -> x - y));
            default:
                return new Term(left.times(right), env -> apply(a.valueIn(env), rightValue.apply(env), (x, y) -> x * y));
        }
    }

    /** A correlated scalar subquery over the owners: the owner's score, or a count. */
    private Term scalarSubquery(Scope scope) {
        Expression<Long> ownerId = schema.items.c("owner_id");
        Expression<Integer> score = sub.c("score");
        Expression<Long> subId = sub.c("id");
        if (random.nextBoolean()) {
            Select s = select(func.max(score)).selectFrom(sub).where(subId.eq(ownerId));
            return new Term(s.scalarSubquery(), env -> {
                Long best = null;
                for (Map<String, Object> o : schema.ownerRows) {
                    if (isTrue(eq(o.get("id"), env.get("i.owner_id"))) && o.get("score") != null) {
                        best = best == null ? (Long) o.get("score") : Math.max(best, (Long) o.get("score"));
                    }
                }
                return best;
            });
        }
        Term outer = intTerm(new Scope(scope.owners(), true), 0);
        Select s = select(func.count()).selectFrom(sub).where(score.lt(outer.as()));
        return new Term(s.scalarSubquery(), env -> {
            long n = 0;
            for (Map<String, Object> o : schema.ownerRows) {
                Map<String, Object> inner = withSub(env, o);
                if (isTrue(lt(o.get("score"), outer.valueIn(inner)))) {
                    n++;
                }
            }
            return n;
        });
    }

    private Term caseTerm(Scope scope, int depth, java.util.function.Supplier<Term> result) {
        Term c1 = boolTerm(scope, depth - 1);
        Term r1 = result.get();
        Case<Object> sql = caseWhen(c1.<Boolean>as(), (Object) r1.sql());
        List<Term> conditions = new ArrayList<>(List.of(c1));
        List<Term> results = new ArrayList<>(List.of(r1));
        if (random.nextBoolean()) {
            Term c2 = boolTerm(scope, depth - 1);
            Term r2 = result.get();
            sql = sql.when(c2.<Boolean>as(), r2.sql());
            conditions.add(c2);
            results.add(r2);
        }
        Term otherwise = random.nextInt(3) == 0 ? null : result.get();
        if (otherwise != null) {
            sql = sql.otherwise(otherwise.sql());
        }
        boolean ordered = results.stream().allMatch(Term::ordered) && (otherwise == null || otherwise.ordered());
        return new Term(sql, env -> {
            for (int i = 0; i < conditions.size(); i++) {
                if (isTrue(conditions.get(i).valueIn(env))) {
                    return results.get(i).valueIn(env);
                }
            }
            return otherwise == null ? null : otherwise.valueIn(env);
        }, ordered);
    }

    // --- string expressions ---------------------------------------------------------------------

    private Term stringTerm(Scope scope, int depth) {
        int pick = depth <= 0 ? random.nextInt(3) : random.nextInt(7);
        switch (pick) {
            case 0:
                return orderedString(scope);
            case 1:
                return new Term(schema.items.c("note"), env -> env.get("i.note"));
            case 2: {
                String w = WORDS[random.nextInt(WORDS.length)];
                return new Term(literal(w, Types.string(20)), env -> w, true);
            }
            case 3: {
                Term a = stringTerm(scope, depth - 1);
                Term b = stringTerm(scope, depth - 1);
                return new Term(a.as().concat(b.sql()), env -> {
                    Object x = a.valueIn(env);
                    Object y = b.valueIn(env);
                    return x == null || y == null ? null : x + (String) y;
                }, a.ordered() && b.ordered());
            }
            case 4: {
                Term a = stringTerm(scope, depth - 1);
                return new Term(func.lower(a.as()), a.eval(), a.ordered());
            }
            case 5: {
                Term a = stringTerm(scope, depth - 1);
                Term b = stringTerm(scope, depth - 1);
                return new Term(func.coalesce(a.as(), b.sql()), env -> coalesce(a.valueIn(env), b.valueIn(env)),
                        a.ordered() && b.ordered());
            }
            default:
                return caseTerm(scope, depth, () -> stringTerm(scope, depth - 1));
        }
    }

    /** A string that orders the same under every collation: a name column or a word. */
    private Term orderedString(Scope scope) {
        if (scope.owners() && random.nextInt(3) == 0) {
            String key = scope.ownerPrefix() + ".name";
            return new Term(ownerColumn(scope, "name"), env -> env.get(key), true);
        }
        if (random.nextInt(4) == 0) {
            String w = WORDS[random.nextInt(WORDS.length)];
            return new Term(literal(w, Types.string(20)), env -> w, true);
        }
        return new Term(schema.items.c("name"), env -> env.get("i.name"), true);
    }

    // --- conditions -----------------------------------------------------------------------------

    private Term boolTerm(Scope scope, int depth) {
        int pick = depth <= 0 ? random.nextInt(6) : random.nextInt(16);
        switch (pick) {
            case 0:
            case 1:
                return intComparison(scope, depth);
            case 2:
                return stringComparison(scope, depth);
            case 3: {
                Term a = random.nextBoolean() ? intTerm(scope, depth - 1) : stringTerm(scope, depth - 1);
                boolean negated = random.nextBoolean();
                return new Term(negated ? a.sql().isNotNull() : a.sql().isNull(),
                        env -> negated == (a.valueIn(env) != null));
            }
            case 4:
                return likeTerm(scope);
            case 5: {
                Term a = intTerm(scope, depth - 1);
                int lo = random.nextInt(10) - 4;
                int hi = lo + random.nextInt(8);
                Expression<Object> x = a.as();
                return new Term(x.between(lo, hi), env -> and3(ge(a.valueIn(env), (long) lo), le(a.valueIn(env), (long) hi)));
            }
            case 6: {
                // IN / NOT IN a list, sometimes holding NULL
                Term a = intTerm(scope, depth - 1);
                List<Integer> list = new ArrayList<>();
                int n = random.nextInt(3) + 1;
                for (int i = 0; i < n; i++) {
                    list.add(random.nextInt(14) - 3);
                }
                if (random.nextInt(3) == 0) {
                    list.add(null);
                }
                boolean negated = random.nextBoolean();
                Expression<Object> x = a.as();
                Expression<Boolean> sql = negated ? x.notIn(new ArrayList<Object>(list)) : x.in(new ArrayList<Object>(list));
                return new Term(sql, env -> {
                    Boolean in = in3(a.valueIn(env), list.stream().map(v -> v == null ? null : (Object) (long) v).toList());
                    return negated ? not3(in) : in;
                });
            }
            case 7:
            case 8:
                return scope.inSubquery() ? intComparison(scope, depth) : subqueryCondition(scope, depth);
            case 9:
            case 10: {
                Term a = boolTerm(scope, depth - 1);
                Term b = boolTerm(scope, depth - 1);
                return andTerm(a, b);
            }
            case 11:
            case 12: {
                Term a = boolTerm(scope, depth - 1);
                Term b = boolTerm(scope, depth - 1);
                return orTerm(a, b);
            }
            case 13: {
                Term a = boolTerm(scope, depth - 1);
                return new Term(not(a.<Boolean>as()), env -> not3((Boolean) a.valueIn(env)));
            }
            case 14: {
                boolean v = random.nextBoolean();
                return new Term(v ? trueValue() : falseValue(), env -> v);
            }
            default:
                return intComparison(scope, depth);
        }
    }

    private Term intComparison(Scope scope, int depth) {
        Term a = intTerm(scope, depth - 1);
        int op = random.nextInt(6);
        if (random.nextBoolean()) {
            int v = random.nextInt(15) - 4;
            return comparison(a, v, env -> (long) v, op, true);
        }
        Term b = intTerm(scope, depth - 1);
        return comparison(a, b.sql(), b.eval(), op, false);
    }

    private Term stringComparison(Scope scope, int depth) {
        Term a = stringTerm(scope, depth - 1);
        Term b = random.nextBoolean() ? orderedString(scope) : stringTerm(scope, depth - 1);
        // ordering comparisons only between strings that order the same under every collation
        int op = a.ordered() && b.ordered() ? random.nextInt(6) : random.nextInt(2);
        return comparison(a, b.sql(), b.eval(), op, false);
    }

    @SuppressWarnings("unchecked")
    private Term comparison(Term a, Object right, Function<Map<String, Object>, Object> rightValue, int op,
                            boolean plainValue) {
        Expression<Object> x = a.as();
        Expression<Boolean> sql;
        if (plainValue) {
            sql = switch (op) {
                case 0 -> x.eq(right);
                case 1 -> x.ne(right);
                case 2 -> x.lt(right);
                case 3 -> x.le(right);
                case 4 -> x.gt(right);
                default -> x.ge(right);
            };
        } else {
            Expression<Object> y = (Expression<Object>) right;
            sql = switch (op) {
                case 0 -> x.eq(y);
                case 1 -> x.ne(y);
                case 2 -> x.lt(y);
                case 3 -> x.le(y);
                case 4 -> x.gt(y);
                default -> x.ge(y);
            };
        }
        return new Term(sql, env -> {
            Object l = a.valueIn(env);
            Object r = rightValue.apply(env);
            return switch (op) {
                case 0 -> eq(l, r);
                case 1 -> not3(eq(l, r));
                case 2 -> lt(l, r);
                case 3 -> le(l, r);
                case 4 -> lt(r, l);
                default -> ge(l, r);
            };
        });
    }

    /** LIKE over a column, the pattern cut from a data value, wildcards in it escaped or used. */
    private Term likeTerm(Scope scope) {
        boolean note = random.nextBoolean();
        String key = note ? "i.note" : "i.name";
        Expression<String> column = schema.items.c(note ? "note" : "name");
        List<Map<String, Object>> rows = schema.itemRows;
        Object sample = rows.get(random.nextInt(rows.size())).get(note ? "note" : "name");
        String text = sample == null ? "a" : (String) sample;
        int from = text.isEmpty() ? 0 : random.nextInt(text.length());
        int to = from + (text.length() - from == 0 ? 0 : random.nextInt(text.length() - from + 1));
        String piece = text.substring(from, to);
        boolean negated = random.nextInt(4) == 0;
        boolean escaped = random.nextInt(3) != 0 || piece.indexOf('\\') >= 0;
        char escape = ESCAPES[random.nextInt(ESCAPES.length)];
        StringBuilder pattern = new StringBuilder();
        if (from > 0 || random.nextBoolean()) {
            pattern.append('%');
        }
        for (char ch : piece.toCharArray()) {
            if (random.nextInt(6) == 0) {
                pattern.append('_');
            } else if (escaped && (ch == '%' || ch == '_' || ch == escape)) {
                pattern.append(escape).append(ch);
            } else {
                pattern.append(ch);
            }
        }
        if (to < text.length() || random.nextBoolean()) {
            pattern.append('%');
        }
        String p = pattern.toString();
        Character esc = escaped ? escape : null;
        Expression<Boolean> sql = escaped
                ? (negated ? column.notLike(p, escape) : column.like(p, escape))
                : (negated ? column.notLike(p) : column.like(p));
        Pattern regex = likeRegex(p, esc);
        return new Term(sql, env -> {
            Object v = env.get(key);
            if (v == null) {
                return null;
            }
            boolean m = regex.matcher((String) v).matches();
            return negated != m;
        });
    }

    private Term subqueryCondition(Scope scope, int depth) {
        Scope inner = new Scope(scope.owners(), true);
        Expression<Long> ownerId = schema.items.c("owner_id");
        Expression<Long> subId = sub.c("id");
        Expression<Integer> score = sub.c("score");
        Term filter = random.nextBoolean() ? boolTerm(inner, 1) : null;
        switch (random.nextInt(3)) {
            case 0: {
                // [NOT] EXISTS, correlated on the item's owner
                boolean negated = random.nextBoolean();
                Select s = select(subId).selectFrom(sub).where(subId.eq(ownerId));
                if (filter != null) {
                    s = s.where(filter.<Boolean>as());
                }
                Expression<Boolean> e = exists(s);
                return new Term(negated ? not(e) : e, env -> {
                    boolean any = false;
                    for (Map<String, Object> o : schema.ownerRows) {
                        Map<String, Object> in = withSub(env, o);
                        if (isTrue(eq(o.get("id"), env.get("i.owner_id"))) && (filter == null || isTrue(filter.valueIn(in)))) {
                            any = true;
                        }
                    }
                    return negated != any;
                });
            }
            default: {
                // x [NOT] IN (SELECT s.score ...): the scores hold a NULL
                boolean negated = random.nextBoolean();
                Term x = intTerm(scope, depth - 1);
                Select s = select(score).selectFrom(sub);
                if (filter != null) {
                    s = s.where(filter.<Boolean>as());
                }
                Expression<Object> xs = x.as();
                return new Term(negated ? xs.notIn(s) : xs.in(s), env -> {
                    List<Object> values = new ArrayList<>();
                    for (Map<String, Object> o : schema.ownerRows) {
                        if (filter == null || isTrue(filter.valueIn(withSub(env, o)))) {
                            values.add(o.get("score"));
                        }
                    }
                    Boolean in = in3(x.valueIn(env), values);
                    return negated ? not3(in) : in;
                });
            }
        }
    }

    /** {@code CASE WHEN c THEN 1 WHEN NOT c THEN 0 END}: a condition's three values as a column. */
    private Term truthValue(Term c) {
        Expression<Boolean> e = c.as();
        Case<Integer> sql = caseWhen(e, 1).when(not(e), 0);
        return new Term(sql, env -> {
            Boolean v = (Boolean) c.valueIn(env);
            return v == null ? null : v ? 1L : 0L;
        });
    }

    private static Term andTerm(Term a, Term b) {
        return new Term(and(a.<Boolean>as(), b.<Boolean>as()), env -> and3((Boolean) a.valueIn(env), (Boolean) b.valueIn(env)));
    }

    private static Term orTerm(Term a, Term b) {
        return new Term(or(a.<Boolean>as(), b.<Boolean>as()), env -> or3((Boolean) a.valueIn(env), (Boolean) b.valueIn(env)));
    }

    private static Map<String, Object> withSub(Map<String, Object> env, Map<String, Object> owner) {
        Map<String, Object> in = new HashMap<>(env);
        owner.forEach((k, v) -> in.put("s." + k, v));
        return in;
    }

    // --- three-valued logic and values ----------------------------------------------------------

    static boolean isTrue(Object v) {
        return Boolean.TRUE.equals(v);
    }

    static Boolean not3(Boolean v) {
        return v == null ? null : !v;
    }

    static Boolean and3(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    static Boolean or3(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    static Boolean in3(Object x, List<Object> values) {
        if (x == null) {
            return values.isEmpty() ? false : null;
        }
        boolean unknown = false;
        for (Object v : values) {
            if (v == null) {
                unknown = true;
            } else if (compareValues(x, v) == 0) {
                return true;
            }
        }
        return unknown ? null : false;
    }

    private static Boolean compare(Object a, Object b, java.util.function.IntPredicate test) {
        return a == null || b == null ? null : test.test(compareValues(a, b));
    }

    static Boolean eq(Object a, Object b) {
        return compare(a, b, c -> c == 0);
    }

    static Boolean lt(Object a, Object b) {
        return compare(a, b, c -> c < 0);
    }

    static Boolean le(Object a, Object b) {
        return compare(a, b, c -> c <= 0);
    }

    static Boolean ge(Object a, Object b) {
        return compare(a, b, c -> c >= 0);
    }

    static int compareValues(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return ((String) a).compareTo((String) b);
    }

    private static int cmp(long a, long b) {
        return Long.compare(a, b);
    }

    private static Object apply(Object a, Object b, BiFunction<Long, Long, Long> f) {
        return a == null || b == null ? null : f.apply((Long) a, (Long) b);
    }

    private static Object negate(Object a) {
        return a == null ? null : -(Long) a;
    }

    private static Object coalesce(Object a, Object b) {
        return a != null ? a : b;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> group(Map<String, Object> env) {
        return (List<Map<String, Object>>) env.get("group");
    }

    private static long count(List<Map<String, Object>> group, String key) {
        return group.stream().filter(e -> e.get(key) != null).count();
    }

    private static Object sumOf(List<Map<String, Object>> group, String key) {
        Long total = null;
        for (Map<String, Object> e : group) {
            if (e.get(key) != null) {
                total = (total == null ? 0 : total) + (Long) e.get(key);
            }
        }
        return total;
    }

    private static Object sum(List<Map<String, Object>> group, Term term) {
        Long total = null;
        for (Map<String, Object> e : group) {
            Object v = term.valueIn(e);
            if (v != null) {
                total = (total == null ? 0 : total) + (Long) v;
            }
        }
        return total;
    }

    private static Object extreme(List<Map<String, Object>> group, String key, boolean max) {
        Object best = null;
        for (Map<String, Object> e : group) {
            Object v = e.get(key);
            if (v != null && (best == null || (max ? compareValues(v, best) > 0 : compareValues(v, best) < 0))) {
                best = v;
            }
        }
        return best;
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    /** The regular expression a LIKE pattern stands for, with its escape character if any. */
    static Pattern likeRegex(String pattern, Character escape) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escape != null && c == escape && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
