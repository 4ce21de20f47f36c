package dev.ormkit.sql;

/** Binary operators, with their SQL spelling and precedence (higher binds tighter). */
public enum Operator {
    /** Logical {@code OR}, binding loosest. */
    OR("OR", 1),
    /** Logical {@code AND}. */
    AND("AND", 2),
    /** Equality, {@code =}. */
    EQ("=", 5),
    /** Inequality, {@code <>}. */
    NE("<>", 5),
    /** Less than, {@code <}. */
    LT("<", 5),
    /** Less than or equal, {@code <=}. */
    LE("<=", 5),
    /** Greater than, {@code >}. */
    GT(">", 5),
    /** Greater than or equal, {@code >=}. */
    GE(">=", 5),
    /** Pattern match, {@code LIKE}. */
    LIKE("LIKE", 5),
    /** Negated pattern match, {@code NOT LIKE}. */
    NOT_LIKE("NOT LIKE", 5),
    /** Case-insensitive pattern match; dialects without {@code ILIKE} render it with {@code lower()}. */
    ILIKE("ILIKE", 5),
    /** Negated case-insensitive pattern match. */
    NOT_ILIKE("NOT ILIKE", 5),
    /** String concatenation, {@code ||}; MySQL renders {@code CONCAT()}. */
    CONCAT("||", 7),
    /** Addition, {@code +}. */
    ADD("+", 7),
    /** Subtraction, {@code -}. */
    SUB("-", 7),
    /** Multiplication, {@code *}. */
    MUL("*", 8),
    /** Division, {@code /}. */
    DIV("/", 8),
    /** Remainder, {@code %}. */
    MOD("%", 8);

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    /** The operator as SQL spells it between its operands. */
    public String sql() {
        return sql;
    }

    /** How tightly the operator binds; an operand of lower precedence is parenthesised. */
    public int precedence() {
        return precedence;
    }
}
