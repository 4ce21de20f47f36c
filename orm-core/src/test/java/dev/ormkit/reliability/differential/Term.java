package dev.ormkit.reliability.differential;

import java.util.Map;
import java.util.function.Function;
import dev.ormkit.sql.Expression;

/**
 * One node of a generated expression tree: the ormkit expression that the databases evaluate,
 * and the same meaning evaluated in memory over a row environment (keys such as
 * {@code "i.qty"}), with SQL's three-valued logic: {@code null} is NULL, or UNKNOWN for a
 * condition. {@code ordered} marks strings whose ordering is the same under every collation.
 */
record Term(Expression<?> sql, Function<Map<String, Object>, Object> eval, boolean ordered) {

    Term(Expression<?> sql, Function<Map<String, Object>, Object> eval) {
        this(sql, eval, false);
    }

    @SuppressWarnings("unchecked")
    <T> Expression<T> as() {
        return (Expression<T>) sql;
    }

    Object valueIn(Map<String, Object> env) {
        return eval.apply(env);
    }
}
