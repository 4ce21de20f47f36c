package dev.ormkit.sql;

/** Binary operators, with their SQL spelling and precedence (higher binds tighter). */
public enum Operator {
    OR("OR", 1), AND("AND", 2),
    EQ("=", 5), NE("<>", 5), LT("<", 5), LE("<=", 5), GT(">", 5), GE(">=", 5),
    LIKE("LIKE", 5), NOT_LIKE("NOT LIKE", 5), ILIKE("ILIKE", 5), NOT_ILIKE("NOT ILIKE", 5),
    CONCAT("||", 7), ADD("+", 7), SUB("-", 7), MUL("*", 8), DIV("/", 8), MOD("%", 8);

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    public String sql() {
        return sql;
    }

    public int precedence() {
        return precedence;
    }
}
