package dev.ormkit.sql;

import java.util.List;
import java.util.function.Consumer;

/** {@code a AND b AND c} or {@code a OR b}; an empty AND is true, an empty OR false. */
public final class BooleanClauseList extends Expression<Boolean> {
    private final Operator operator;
    private final List<Expression<Boolean>> clauses;

    BooleanClauseList(Operator operator, List<Expression<Boolean>> clauses) {
        this.operator = operator;
        this.clauses = List.copyOf(clauses);
    }

    /** {@link Operator#AND} or {@link Operator#OR}. */
    public Operator operator() {
        return operator;
    }

    /** The clauses joined, in order. */
    public List<Expression<Boolean>> clauses() {
        return clauses;
    }

    @Override
    public SqlType<Boolean> type() {
        return StandardTypes.BOOLEAN;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        clauses.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(BooleanClauseList.class).add(operator).elements(clauses);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitBooleanList(this);
    }
}
