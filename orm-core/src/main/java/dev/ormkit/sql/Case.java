package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@code CASE WHEN c1 THEN v1 ... ELSE e END}, built by {@link Sql#caseWhen}. */
public final class Case<T> extends Expression<T> {
    private final List<Expression<Boolean>> conditions;
    private final List<Expression<?>> results;
    private final @Nullable Expression<?> otherwise;

    Case(List<Expression<Boolean>> conditions, List<Expression<?>> results, @Nullable Expression<?> otherwise) {
        this.conditions = List.copyOf(conditions);
        this.results = List.copyOf(results);
        this.otherwise = otherwise;
    }

    /** Adds another {@code WHEN condition THEN result}. */
    public Case<T> when(Expression<Boolean> condition, @Nullable T result) {
        List<Expression<Boolean>> c = new ArrayList<>(conditions);
        List<Expression<?>> r = new ArrayList<>(results);
        c.add(condition);
        r.add(Expression.operand(result));
        return new Case<>(c, r, otherwise);
    }

    /** The {@code ELSE} value. */
    public Case<T> otherwise(@Nullable T result) {
        return new Case<>(conditions, results, Expression.operand(result));
    }

    /** The {@code WHEN} conditions, in order. */
    public List<Expression<Boolean>> conditions() {
        return conditions;
    }

    /** The {@code THEN} results, one per condition. */
    public List<Expression<?>> results() {
        return results;
    }

    /** The {@code ELSE} value, or null when there is none (the CASE then yields NULL). */
    public @Nullable Expression<?> otherwiseValue() {
        return otherwise;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable SqlType<T> type() {
        for (Expression<?> r : results) {
            if (r.type() != null) {
                return (SqlType<T>) r.type();
            }
        }
        return null;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        for (int i = 0; i < conditions.size(); i++) {
            visitor.accept(conditions.get(i));
            visitor.accept(results.get(i));
        }
        if (otherwise != null) {
            visitor.accept(otherwise);
        }
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Case.class).add(conditions.size());
        for (int i = 0; i < conditions.size(); i++) {
            key.element(conditions.get(i)).element(results.get(i));
        }
        key.element(otherwise);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitCase(this);
    }
}
