package dev.ormkit.orm;

import java.util.List;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.schema.Column;
import dev.ormkit.sql.BinaryExpression;
import dev.ormkit.sql.BindParam;
import dev.ormkit.sql.BooleanClauseList;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.InExpression;
import dev.ormkit.sql.Operator;
import dev.ormkit.sql.UnaryExpression;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a bulk statement's WHERE criteria in Java against an object, for
 * {@link SynchronizeSession#EVALUATE}: comparisons, IN, IS NULL, AND/OR/NOT over the mapped
 * class's columns and plain values. Anything else (functions, subqueries, other tables, LIKE)
 * is refused with a message suggesting {@code FETCH}, as SQLAlchemy does, rather than guessed.
 */
final class CriteriaEvaluator {
    private final EntityMapping<?> mapping;

    CriteriaEvaluator(EntityMapping<?> mapping) {
        this.mapping = mapping;
    }

    boolean matches(List<Expression<Boolean>> criteria, Object entity) {
        for (Expression<Boolean> c : criteria) {
            if (!Boolean.TRUE.equals(value(c, entity))) {
                return false;
            }
        }
        return true;
    }

    /** Checks up front that every criterion can be evaluated, so nothing is half done. */
    void check(List<Expression<Boolean>> criteria) {
        for (Expression<Boolean> c : criteria) {
            value(c, null);
        }
    }

    private @Nullable Object value(Expression<?> e, @Nullable Object entity) {
        Object node = e.unwrap();
        if (node instanceof Column<?> c) {
            ColumnAttribute a = mapping.attributeFor(c);
            if (a == null) {
                throw cannot(e);
            }
            return entity == null ? null : a.get(entity);
        }
        if (node instanceof BindParam<?> p && p.hasValue()) {
            return p.value();
        }
        if (node instanceof BooleanClauseList list) {
            boolean and = list.operator() == Operator.AND;
            boolean result = and;
            for (Expression<Boolean> c : list.clauses()) {
                boolean v = Boolean.TRUE.equals(value(c, entity));
                result = and ? result && v : result || v;
            }
            return result;
        }
        if (node instanceof UnaryExpression<?> u) {
            switch (u.kind()) {
                case NOT:
                    return !Boolean.TRUE.equals(value(u.operand(), entity));
                case IS_NULL:
                    return value(u.operand(), entity) == null;
                case IS_NOT_NULL:
                    return value(u.operand(), entity) != null;
                default:
                    throw cannot(e);
            }
        }
        if (node instanceof InExpression in && in.subquery() == null) {
            Object v = value(in.operand(), entity);
            boolean found = false;
            for (BindParam<?> p : in.values()) {
                found |= compare(v, p.value()) == 0;
            }
            return in.negated() != found;
        }
        if (node instanceof BinaryExpression<?> b) {
            Object l = value(b.left(), entity);
            Object r = value(b.right(), entity);
            if (entity == null) {
                switch (b.operator()) {
                    case EQ: case NE: case LT: case LE: case GT: case GE: case AND: case OR:
                        return null;
                    default:
                        throw cannot(e);
                }
            }
            switch (b.operator()) {
                case AND:
                    return Boolean.TRUE.equals(l) && Boolean.TRUE.equals(r);
                case OR:
                    return Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r);
                case EQ:
                    return l != null && r != null && compare(l, r) == 0;
                case NE:
                    return l != null && r != null && compare(l, r) != 0;
                case LT:
                    return l != null && r != null && compare(l, r) < 0;
                case LE:
                    return l != null && r != null && compare(l, r) <= 0;
                case GT:
                    return l != null && r != null && compare(l, r) > 0;
                case GE:
                    return l != null && r != null && compare(l, r) >= 0;
                default:
                    throw cannot(e);
            }
        }
        throw cannot(e);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == b ? 0 : 1;
        }
        Object right = b.getClass() == a.getClass() ? b : JdbcValues.convert(b, a.getClass());
        if (a instanceof Number x && right instanceof Number y && !(a instanceof Comparable<?>)) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable c && right != null && a.getClass().isInstance(right)) {
            return c.compareTo(right);
        }
        return a.equals(right) ? 0 : 1;
    }

    private InvalidRequestException cannot(Expression<?> e) {
        return new InvalidRequestException("Cannot evaluate the criterion " + e.getClass().getSimpleName()
                + " in Java for SynchronizeSession.EVALUATE (only comparisons, IN, IS NULL, AND/OR/NOT of "
                + mapping.type().getSimpleName() + "'s columns and values can be); use SynchronizeSession.FETCH");
    }
}
