package dev.ormkit.sql;

import java.util.function.Consumer;

/**
 * {@code x [NOT] LIKE pattern ESCAPE 'c'}: the escape character makes the {@code %}, {@code _}
 * or escape character after it literal. Without an ESCAPE clause the databases disagree
 * (PostgreSQL, MySQL and H2 take a backslash, SQLite none), so a pattern that must match
 * wildcard characters in data names its escape character. Built by
 * {@link Expression#like(String, char)}.
 */
public final class LikeEscape extends Expression<Boolean> {
    private final Expression<?> operand;
    private final Expression<?> pattern;
    private final char escape;
    private final boolean negated;

    LikeEscape(Expression<?> operand, Expression<?> pattern, char escape, boolean negated) {
        this.operand = operand;
        this.pattern = pattern;
        this.escape = escape;
        this.negated = negated;
    }

    /** The escape character. */
    public char escape() {
        return escape;
    }

    /** True for NOT LIKE. */
    public boolean negated() {
        return negated;
    }

    @Override
    public SqlType<Boolean> type() {
        return StandardTypes.BOOLEAN;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(operand);
        visitor.accept(pattern);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(LikeEscape.class).add(String.valueOf(escape)).add(negated)
                .element(operand).element(pattern);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        // parenthesised whole, so that it nests under NOT, AND and comparisons without precedence rules
        compiler.append("(");
        compiler.processOperand(operand, Operator.LIKE.precedence() + 1);
        compiler.append(negated ? " NOT LIKE " : " LIKE ");
        compiler.processOperand(pattern, Operator.LIKE.precedence() + 1);
        // a literal, not a parameter: MySQL wants a constant, and the dialect knows its quoting
        compiler.append(" ESCAPE ").append(compiler.dialect().stringLiteral(String.valueOf(escape)));
        compiler.append(")");
    }
}
