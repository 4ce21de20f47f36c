package dev.ormkit.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the compiler needs to know of a database: how it quotes, which clauses it has, and how
 * it renders the constructs databases spell differently. The compiler lays out statements and
 * asks this interface wherever SQL differs; {@code dev.ormkit.dialect.Dialect} implements it.
 * Declared here so that the expression language depends on no dialect.
 */
public interface SqlDialect {

    /** The database's name in lower case ({@code "postgresql"}), for error messages. */
    String name();

    /** {@code identifier} quoted when it needs to be (reserved word, mixed case, odd characters). */
    String quoteIdentifier(String identifier);

    /** The type name used in {@code CAST(x AS type)}. */
    String castTypeName(SqlType<?> type);

    /** How a text clause's placeholders and quotes are read on this database. */
    TextSyntax textSyntax();

    /** Renders LIMIT and OFFSET (either may be null) after the ORDER BY. */
    void renderLimitOffset(SqlCompiler c, @Nullable Long limit, @Nullable Long offset);

    /** Renders {@code x IN (...)}, including the empty and very long lists. */
    void renderInList(SqlCompiler c, InExpression in);

    /** Renders a case-insensitive LIKE (or NOT LIKE). */
    void renderIlike(SqlCompiler c, Expression<?> left, Expression<?> right, boolean negated);

    /** Renders string concatenation. */
    void renderConcat(SqlCompiler c, Expression<?> left, Expression<?> right);

    /** Renders a function call, under this database's name for the function. */
    void renderFunction(SqlCompiler c, FunctionCall<?> f);

    /** Renders one ORDER BY item with its direction and NULLS FIRST/LAST. */
    void renderOrderByItem(SqlCompiler c, OrderByItem item);

    /** The keyword of a compound select ({@code UNION ALL}, {@code EXCEPT}, ...). */
    String compoundKeyword(CompoundSelect.Kind kind);

    /** Whether the members of a compound select may be parenthesised. */
    boolean supportsParenthesizedCompoundMembers();

    /** What a SELECT without FROM needs ({@code ""}, or {@code " FROM DUAL"}). */
    String emptyFromClause();

    /** Renders {@code FOR UPDATE} and its variants. */
    void renderForUpdate(SqlCompiler c, ForUpdate lock);

    /** Whether {@code SELECT DISTINCT ON (...)} exists. */
    boolean supportsDistinctOn();

    /** Whether aggregates take {@code FILTER (WHERE ...)}. */
    boolean supportsAggregateFilter();

    /** Whether ordered-set aggregates ({@code WITHIN GROUP}) exist. */
    boolean supportsWithinGroup();

    /** Whether subqueries in FROM may be {@code LATERAL}. */
    boolean supportsLateral();

    /** Whether a WITH clause may stand before a statement of {@code kind}. */
    boolean supportsWithBefore(StatementKind kind);

    /** Whether a CTE may be an INSERT, UPDATE or DELETE. */
    boolean supportsDataModifyingCte();

    /** Renders a VALUES list used as a table. */
    void renderValues(SqlCompiler c, Values values);

    /** Renders an UPDATE whose conditions name other tables. */
    void renderUpdateFrom(SqlCompiler c, Update update, List<FromClause> extraFroms);

    /** Renders a DELETE whose conditions name other tables. */
    void renderDeleteUsing(SqlCompiler c, Delete delete, List<FromClause> extraFroms);

    /** What an INSERT of no columns says ({@code DEFAULT VALUES}, or {@code () VALUES ()}). */
    String defaultValuesClause();

    /** Whether statements of {@code kind} may have RETURNING. */
    boolean supportsReturning(StatementKind kind);

    /** Renders an INSERT, including its upsert clause. */
    void renderInsert(SqlCompiler c, Insert insert);

    /** Renders the proposed value of {@code column} inside an upsert's SET list. */
    void renderExcluded(SqlCompiler c, ColumnExpression<?> column);

    /** {@code value} as a quoted SQL string literal, for the few places a constant must be inline. */
    String stringLiteral(String value);

    /**
     * Whether a bare parameter in ORDER BY is read as a result column's position; the compiler
     * then casts it, so that it sorts as the constant it is.
     */
    boolean readsOrderByParameterAsPosition();

    /** Whether arithmetic whose operands are all parameters needs them cast to be typed. */
    boolean castsParameterArithmetic();

    /**
     * Renders one THEN or ELSE result of a CASE; {@code onlyParameters} is true when every result
     * is a bound parameter, leaving the database nothing else to type the CASE from.
     */
    void renderCaseResult(SqlCompiler c, Expression<?> result, boolean onlyParameters);
}
