package dev.ormkit.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.exc.CompileException;
import org.jspecify.annotations.Nullable;

/**
 * Turns an expression tree into SQL text and bind parameters for one {@link SqlDialect}. One
 * compiler per compilation; not thread-safe. Dialects do not subclass it: where databases
 * differ (paging, RETURNING, upsert, ILIKE, quoting) the compiler asks the dialect, which
 * renders through the public helpers here.
 *
 * <p>This is the dialect author's side of the package, with {@link SqlDialect} and
 * {@link CollectionBinding}; applications never need it. The nodes of this package render
 * through package-private visit methods (double dispatch from {@link ClauseElement#compileTo});
 * what stays public is what a dialect, or a node class defined in another package, renders with.
 */
public final class SqlCompiler {
    /**
     * Where in a statement the compiler is, which decides how labels render: {@code expr AS
     * name} in the SELECT list, the bare name as an ORDER BY term, the expression elsewhere.
     */
    private enum Clause { COLUMNS, ORDER_BY, OTHER }

    private final SqlDialect dialect;
    private final StringBuilder sql = new StringBuilder(128);
    private final List<BindParam<?>> params = new ArrayList<>();
    private int[] offsets = new int[16];
    private Deque<Set<FromClause>> enclosingFroms = new ArrayDeque<>();
    private final List<String> resultKeys = new ArrayList<>();
    private final List<@Nullable SqlType<?>> resultTypes = new ArrayList<>();
    private int selectDepth;
    private Clause clause = Clause.OTHER;
    private boolean qualifyColumns = true;
    /** Where the one VALUES row group lies: SQL start/end, first/after-last parameter; -1 when none. */
    private final int[] valuesGroup = {-1, -1, -1, -1};
    private int valuesGroups;
    /** A statement's LIMIT and OFFSET parameters while the dialect renders paging; see {@link #bindValue}. */
    private @Nullable BindParam<Long> pendingLimit;
    private @Nullable BindParam<Long> pendingOffset;
    /** False when the SQL may depend on more than the statement's shape (paging the dialect did not bind). */
    private boolean shapeOnly = true;
    /** CTEs an INSERT writes in front of its SELECT, on databases with no WITH before INSERT; else null. */
    private @Nullable List<Cte> withInsideInsert;

    private SqlCompiler(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Compiles {@code statement} for {@code dialect}, without caching: what {@code Dialect#compile}
     * does. Statements run on a connection go through the engine's {@link CompiledStatements}.
     */
    public static Compiled compile(Executable statement, SqlDialect dialect) {
        SqlCompiler c = new SqlCompiler(dialect);
        c.renderWithClause(statement);
        ((ClauseElement) statement).compileTo(c);
        boolean returnsRows = statement.kind() == StatementKind.SELECT || !c.resultKeys.isEmpty();
        // only a single-row VALUES list can serve as the template of a multi-row INSERT
        int[] group = c.valuesGroups == 1 ? c.valuesGroup : null;
        return new Compiled(c.sql.toString(), c.params, Arrays.copyOf(c.offsets, c.params.size()),
                c.resultKeys, c.resultTypes, statement.kind(), returnsRows, group, c.shapeOnly);
    }

    /**
     * Writes the WITH clause of every CTE the statement uses, in front of it; for an INSERT
     * on a database that takes WITH only inside the INSERT's SELECT, leaves them for
     * {@link #renderInsertBody}.
     */
    private void renderWithClause(Executable statement) {
        List<Cte> ctes = CteCollector.collect((ClauseElement) statement);
        if (ctes.isEmpty()) {
            return;
        }
        boolean query = statement instanceof Select || statement instanceof CompoundSelect;
        if (query || dialect.supportsWithBefore(statement.kind())) {
            renderWith(ctes);
        } else if (statement instanceof Insert insert && insert.fromSelect() != null) {
            withInsideInsert = ctes;
        } else {
            throw new CompileException(dialect.name() + " does not support WITH (CTE " + ctes.get(0).name()
                    + ") on an " + statement.kind().name() + " statement; use a subquery instead");
        }
    }

    private void renderWith(List<Cte> ctes) {
        boolean recursive = false;
        for (Cte cte : ctes) {
            recursive |= cte.isRecursive();
        }
        sql.append(recursive ? "WITH RECURSIVE " : "WITH ");
        for (int i = 0; i < ctes.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            renderCteDefinition(ctes.get(i));
        }
        sql.append(' ');
    }

    /** {@code name [(columns)] AS (statement)}; a recursive CTE names its columns, as some databases require. */
    private void renderCteDefinition(Cte cte) {
        appendIdentifier(cte.name());
        if (cte.isRecursive()) {
            sql.append(" (");
            List<String> names = cte.columnNames();
            for (int i = 0; i < names.size(); i++) {
                sql.append(i > 0 ? ", " : "");
                appendIdentifier(names.get(i));
            }
            sql.append(')');
        }
        sql.append(" AS (");
        ClauseElement body = cte.statement();
        if (!(body instanceof Select) && !(body instanceof CompoundSelect) && !dialect.supportsDataModifyingCte()) {
            throw new CompileException(dialect.name() + " does not support " + ((Executable) body).kind().name()
                    + " inside WITH (CTE " + cte.name() + "); run it as a statement of its own");
        }
        // a CTE is evaluated on its own, like a derived table, and its columns are not the result's
        Deque<Set<FromClause>> saved = enclosingFroms;
        enclosingFroms = new ArrayDeque<>();
        int keysBefore = resultKeys.size();
        selectDepth++;
        Clause savedClause = clause;
        try {
            process(body);
        } finally {
            clause = savedClause;
            selectDepth--;
            enclosingFroms = saved;
            while (resultKeys.size() > keysBefore) {
                resultKeys.remove(resultKeys.size() - 1);
                resultTypes.remove(resultTypes.size() - 1);
            }
        }
        sql.append(')');
    }

    /** A CTE in FROM: its name, and its alias when it has one. */
    void visitCteReference(Cte cte) {
        appendIdentifier(cte.name());
        String alias = cte.alias();
        if (alias != null) {
            sql.append(" AS ");
            appendIdentifier(alias);
        }
    }

    // --- helpers for dialects ---------------------------------------------------------------

    /** The dialect this compilation is for. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** Appends SQL text as is. */
    public SqlCompiler append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends an identifier, quoted when the dialect needs it. */
    public SqlCompiler appendIdentifier(String identifier) {
        sql.append(dialect.quoteIdentifier(identifier));
        return this;
    }

    /** Renders a node. */
    public void process(ClauseElement element) {
        element.compileTo(this);
    }

    /** Renders nodes separated by {@code ", "}. */
    public void processList(List<? extends ClauseElement> elements) {
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            process(elements.get(i));
        }
    }

    /**
     * Binds a value: appends {@code ?} and records the parameter. A dialect rendering paging
     * passes the LIMIT and OFFSET values it was given; they bind as the statement's own
     * parameters, so a cached compilation takes the next statement's paging values.
     */
    public <T> void bindValue(@Nullable T value, @Nullable SqlType<T> type) {
        BindParam<Long> limit = pendingLimit;
        if (limit != null && value == limit.value()) {
            pendingLimit = null;
            visitBindParam(limit);
            return;
        }
        BindParam<Long> offset = pendingOffset;
        if (offset != null && value == offset.value()) {
            pendingOffset = null;
            visitBindParam(offset);
            return;
        }
        visitBindParam(new BindParam<>(value, type));
    }

    /**
     * Binds a parameter as {@code CAST(? AS type)}, for databases that cannot infer a
     * parameter's type from where it stands; a parameter of unknown type stays {@code ?}.
     */
    public void processTypedBind(BindParam<?> p) {
        SqlType<?> type = p.type();
        if (type == null && p.hasValue() && p.value() != null) {
            try {
                type = StandardTypes.forJavaType(p.value().getClass());
            } catch (RuntimeException unknownType) {
                type = null;
            }
        }
        if (type == null) {
            visitBindParam(p);
            return;
        }
        sql.append("CAST(");
        visitBindParam(p);
        sql.append(" AS ").append(dialect.castTypeName(type)).append(')');
    }

    /**
     * Marks the start of one row's parenthesised VALUES group. Dialects rendering their own
     * INSERT (H2's MERGE) call this and {@link #endValuesGroup} around each row, so a one-row
     * statement can be repeated into a multi-row one without compiling again.
     */
    public void beginValuesGroup() {
        valuesGroups++;
        if (valuesGroups == 1) {
            valuesGroup[0] = sql.length();
            valuesGroup[2] = params.size();
        }
    }

    /** Marks the end of the row group begun with {@link #beginValuesGroup}. */
    public void endValuesGroup() {
        if (valuesGroups == 1) {
            valuesGroup[1] = sql.length();
            valuesGroup[3] = params.size();
        }
    }

    /** Renders a column by its bare name (INSERT column lists, SET targets). */
    void processUnqualified(ClauseElement element) {
        boolean saved = qualifyColumns;
        qualifyColumns = false;
        try {
            process(element);
        } finally {
            qualifyColumns = saved;
        }
    }

    // --- leaves -------------------------------------------------------------------------

    void visitBindParam(BindParam<?> p) {
        if (params.size() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[params.size()] = sql.length();
        params.add(p);
        sql.append('?');
    }

    void visitColumn(ColumnExpression<?> column) {
        FromClause from = column.from();
        if (qualifyColumns && from instanceof NamedFrom named) {
            appendIdentifier(named.fromName()).append(".");
        }
        appendIdentifier(column.name());
    }

    void visitLiteral(SqlLiteral<?> literal) {
        sql.append(literal.sql());
    }

    void visitText(TextClause text) {
        TextSyntax syntax = dialect.textSyntax();
        List<String> fragments = text.fragments(syntax);
        List<BindParam<?>> ps = text.parameters(syntax);
        for (int i = 0; i < ps.size(); i++) {
            sql.append(fragments.get(i));
            visitBindParam(ps.get(i));
        }
        sql.append(fragments.get(fragments.size() - 1));
    }

    void visitExcluded(Excluded<?> excluded) {
        dialect.renderExcluded(this, excluded.column());
    }

    // --- operators ------------------------------------------------------------------------

    void visitBinary(BinaryExpression<?> b) {
        switch (b.operator()) {
            case ILIKE:
            case NOT_ILIKE:
                dialect.renderIlike(this, b.left(), b.right(), b.operator() == Operator.NOT_ILIKE);
                return;
            case CONCAT:
                dialect.renderConcat(this, b.left(), b.right());
                return;
            default:
                if (isArithmetic(b.operator()) && dialect.castsParameterArithmetic()
                        && b.left().unwrap() instanceof BindParam<?> left && b.right().unwrap() instanceof BindParam<?> right) {
                    processTypedBind(left);
                    sql.append(' ').append(b.operator().sql()).append(' ');
                    processTypedBind(right);
                    return;
                }
                processOperand(b.left(), b.operator().precedence());
                sql.append(' ').append(b.operator().sql()).append(' ');
                // the right side of - and / must be grouped at equal precedence: a - (b - c)
                processOperand(b.right(), b.operator().precedence() + 1);
        }
    }

    private static boolean isArithmetic(Operator op) {
        return op == Operator.ADD || op == Operator.SUB || op == Operator.MUL || op == Operator.DIV || op == Operator.MOD;
    }

    /** Renders an operand, in parentheses when it binds looser than the operator around it. */
    public void processOperand(Expression<?> operand, int outerPrecedence) {
        int inner = precedenceOf(operand);
        if (inner < outerPrecedence) {
            sql.append('(');
            process(operand);
            sql.append(')');
        } else {
            process(operand);
        }
    }

    private static int precedenceOf(Expression<?> e) {
        Expression<?> x = e.unwrap();
        if (x instanceof BinaryExpression<?> b) {
            return b.operator().precedence();
        }
        if (x instanceof BooleanClauseList l) {
            return l.clauses().size() > 1 ? l.operator().precedence() : 100;
        }
        if (x instanceof UnaryExpression<?> u && u.kind() == UnaryExpression.Kind.NOT) {
            return 3;
        }
        if (x instanceof InExpression || x instanceof Between || x instanceof UnaryExpression<?>) {
            return 5;
        }
        return 100;
    }

    void visitBooleanList(BooleanClauseList list) {
        List<Expression<Boolean>> clauses = list.clauses();
        if (clauses.isEmpty()) {
            // an empty AND is true, an empty OR false
            sql.append(list.operator() == Operator.AND ? "1 = 1" : "1 = 0");
            return;
        }
        int p = list.operator().precedence();
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) {
                sql.append(' ').append(list.operator().sql()).append(' ');
            }
            processOperand(clauses.get(i), p + 1);
        }
    }

    void visitUnary(UnaryExpression<?> u) {
        switch (u.kind()) {
            case NOT:
                // NOT binds differently across databases (MySQL's NOT is looser than its
                // comparison operators, SQLite's tighter than IS): group any compound operand
                sql.append("NOT ");
                processOperand(u.operand(), 100);
                break;
            case IS_NULL:
                processOperand(u.operand(), 6);
                sql.append(" IS NULL");
                break;
            case IS_NOT_NULL:
                processOperand(u.operand(), 6);
                sql.append(" IS NOT NULL");
                break;
            case NEGATE:
                sql.append('-');
                processOperand(u.operand(), 9);
                break;
            case DISTINCT:
                sql.append("DISTINCT ");
                process(u.operand());
                break;
            default:
                throw new CompileException("Unknown unary operator " + u.kind());
        }
    }

    void visitBetween(Between b) {
        processOperand(b.operand(), 6);
        sql.append(" BETWEEN ");
        processOperand(b.low(), 6);
        sql.append(" AND ");
        processOperand(b.high(), 6);
    }

    void visitIn(InExpression in) {
        Select sub = in.subquery();
        if (sub == null && in.values().isEmpty()) {
            // SQL has no empty IN list: an empty IN matches nothing, an empty NOT IN everything
            sql.append(in.negated() ? "1 = 1" : "1 = 0");
            return;
        }
        if (sub == null) {
            dialect.renderInList(this, in);
            return;
        }
        processOperand(in.operand(), 6);
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        processNestedSelect(sub);
        sql.append(')');
    }

    /** {@code x [NOT] IN (?, ?, ...)}, one parameter per value: how most databases take a list. */
    public void renderInList(InExpression in) {
        processOperand(in.operand(), 6);
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        processList(in.values());
        sql.append(')');
    }

    void visitLabel(Label<?> label) {
        switch (clause) {
            case COLUMNS:
                Clause saved = clause;
                clause = Clause.OTHER;
                process(label.element());
                clause = saved;
                sql.append(" AS ");
                appendIdentifier(label.name());
                break;
            case ORDER_BY:
                // only a label that is itself the ORDER BY term names the result column;
                // inside an expression the databases want the expression
                appendIdentifier(label.name());
                break;
            default:
                process(label.element());
        }
    }

    void visitCast(Cast<?> cast) {
        sql.append("CAST(");
        process(cast.operand());
        sql.append(" AS ").append(dialect.castTypeName(cast.type())).append(')');
    }

    void visitFunction(FunctionCall<?> f) {
        dialect.renderFunction(this, f);
    }

    /** The standard rendering of a function call: {@code name([DISTINCT] args)}. */
    public void renderFunctionCall(String name, FunctionCall<?> f) {
        sql.append(name).append('(');
        if (f.distinct()) {
            sql.append("DISTINCT ");
        }
        withClause(Clause.OTHER, () -> processList(f.arguments()));
        sql.append(')');
    }

    /** {@code agg(...) FILTER (WHERE ...)} where the database has it, else the CASE form. */
    void visitFunctionFilter(FunctionFilter<?> filter) {
        if (dialect.supportsAggregateFilter()) {
            process(filter.function());
            sql.append(" FILTER (WHERE ");
            withClause(Clause.OTHER, () -> process(filter.condition()));
            sql.append(')');
        } else {
            process(emulatedFilter(filter));
        }
    }

    /**
     * {@code agg(CASE WHEN condition THEN arg END)}: the aggregate skips the NULL the CASE
     * gives for rows outside the filter, as FILTER would skip the rows. {@code count(*)}
     * counts {@code CASE WHEN condition THEN 1 END}.
     */
    private static <T> FunctionCall<T> emulatedFilter(FunctionFilter<T> filter) {
        FunctionCall<T> f = filter.function();
        List<Expression<?>> args = f.arguments();
        if (args.size() != 1) {
            throw new CompileException("FILTER on " + f.name() + " with " + args.size() + " arguments cannot be "
                    + "written with CASE; use an aggregate of one argument");
        }
        Expression<?> arg = args.get(0);
        if (arg.unwrap() instanceof SqlLiteral<?> star && star.sql().equals("*")) {
            arg = new SqlLiteral<>("1", null);
        }
        Case<?> onlyMatching = new Case<>(List.of(filter.condition()), List.of(arg), null);
        return new FunctionCall<>(f.name(), List.of(onlyMatching), f.type(), f.distinct());
    }

    /** {@code fn(args) WITHIN GROUP (ORDER BY ...)}. */
    void visitWithinGroup(WithinGroup<?> w) {
        if (!dialect.supportsWithinGroup()) {
            throw new CompileException(dialect.name() + " does not support ordered-set aggregates ("
                    + w.function().name() + " WITHIN GROUP)");
        }
        process(w.function());
        sql.append(" WITHIN GROUP (ORDER BY ");
        withClause(Clause.OTHER, () -> processList(w.orderBy()));
        sql.append(')');
    }

    /** {@code (a, b) [NOT] IN ((?, ?), ...)} or {@code ... IN (SELECT ...)}. */
    void visitTupleIn(TupleIn in) {
        Select sub = in.subquery();
        if (sub == null && in.rows().isEmpty()) {
            sql.append(in.negated() ? "1 = 1" : "1 = 0");
            return;
        }
        process(in.tuple());
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        if (sub != null) {
            processNestedSelect(sub);
        } else {
            for (int r = 0; r < in.rows().size(); r++) {
                sql.append(r > 0 ? ", (" : "(");
                processList(in.rows().get(r));
                sql.append(')');
            }
        }
        sql.append(')');
    }

    void visitOver(Over<?> over) {
        process(over.function());
        sql.append(" OVER (");
        if (!over.partitionBy().isEmpty()) {
            sql.append("PARTITION BY ");
            processList(over.partitionBy());
        }
        if (!over.orderBy().isEmpty()) {
            if (!over.partitionBy().isEmpty()) {
                sql.append(' ');
            }
            sql.append("ORDER BY ");
            withClause(Clause.OTHER, () -> processList(over.orderBy()));
        }
        sql.append(')');
    }

    void visitCase(Case<?> c) {
        Expression<?> otherwise = c.otherwiseValue();
        boolean onlyParameters = otherwise == null || otherwise.unwrap() instanceof BindParam<?>;
        for (Expression<?> r : c.results()) {
            onlyParameters &= r.unwrap() instanceof BindParam<?>;
        }
        sql.append("CASE");
        for (int i = 0; i < c.conditions().size(); i++) {
            sql.append(" WHEN ");
            process(c.conditions().get(i));
            sql.append(" THEN ");
            dialect.renderCaseResult(this, c.results().get(i), onlyParameters);
        }
        if (otherwise != null) {
            sql.append(" ELSE ");
            dialect.renderCaseResult(this, otherwise, onlyParameters);
        }
        sql.append(" END");
    }

    void visitOrderByItem(OrderByItem item) {
        dialect.renderOrderByItem(this, item);
    }

    /** The standard rendering: {@code expr [DESC] [NULLS FIRST|LAST]}. */
    public void renderOrderByItem(OrderByItem item, boolean nullsKeywords) {
        processOrderByExpression(item.expression(), 0);
        if (item.descending()) {
            sql.append(" DESC");
        }
        Boolean nullsFirst = item.nullsPlacement();
        if (nullsFirst != null && nullsKeywords) {
            sql.append(nullsFirst ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    /**
     * Renders an ORDER BY term's expression: a label as its result column's name, anything
     * else as the expression, in parentheses when it binds looser than {@code outerPrecedence}.
     */
    public void processOrderByExpression(Expression<?> expression, int outerPrecedence) {
        if (clause == Clause.ORDER_BY && expression.unwrap() instanceof Label<?> label) {
            appendIdentifier(label.name());
            return;
        }
        if (dialect.readsOrderByParameterAsPosition()) {
            // a constant, not a column position: MariaDB reads -(-?) with 2 as position 2 too
            Expression<?> inner = expression.unwrap();
            int negations = 0;
            while (inner instanceof UnaryExpression<?> u && u.kind() == UnaryExpression.Kind.NEGATE) {
                negations++;
                inner = u.operand().unwrap();
            }
            if (inner instanceof BindParam<?> p) {
                sql.append("-(".repeat(negations));
                processTypedBind(p);
                sql.append(")".repeat(negations));
                return;
            }
        }
        withClause(Clause.OTHER, () -> processOperand(expression, outerPrecedence));
    }

    void visitScalarSubquery(ScalarSubquery<?> s) {
        sql.append('(');
        processNestedSelect(s.select());
        sql.append(')');
    }

    void visitExists(Exists e) {
        sql.append("EXISTS (");
        processNestedSelect(e.select());
        sql.append(')');
    }

    void visitEntity(EntitySelectable entity) {
        processSelectColumns(new ArrayList<>(entity.selectedColumns()));
    }

    // --- FROM clauses -------------------------------------------------------------------

    void visitTable(TableClause table) {
        appendIdentifier(table.name());
    }

    void visitTableAlias(TableAlias alias) {
        appendIdentifier(alias.table().name()).append(" AS ").appendIdentifier(alias.alias());
    }

    /** {@code (VALUES (...), (...)) AS name (columns)}, each value cast to its column's type. */
    public void renderValuesConstructor(Values values) {
        sql.append("(VALUES ");
        List<List<BindParam<?>>> rows = values.rows();
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r > 0 ? ", (" : "(");
            List<BindParam<?>> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                sql.append(i > 0 ? ", " : "");
                processTypedBind(row.get(i));
            }
            sql.append(')');
        }
        sql.append(") AS ");
        appendIdentifier(values.name());
        sql.append(" (");
        List<ColumnExpression<?>> specs = values.columnSpecs();
        for (int i = 0; i < specs.size(); i++) {
            sql.append(i > 0 ? ", " : "");
            appendIdentifier(specs.get(i).name());
        }
        sql.append(')');
    }

    /**
     * {@code (SELECT ? AS a, ? AS b UNION ALL SELECT ?, ? ...) AS name}: the rows of a VALUES
     * list for databases that cannot name a VALUES list's columns.
     */
    public void renderValuesAsSelects(Values values) {
        sql.append('(');
        List<List<BindParam<?>>> rows = values.rows();
        List<ColumnExpression<?>> specs = values.columnSpecs();
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r > 0 ? " UNION ALL SELECT " : "SELECT ");
            List<BindParam<?>> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                sql.append(i > 0 ? ", " : "");
                processTypedBind(row.get(i));
                if (r == 0) {
                    sql.append(" AS ");
                    appendIdentifier(specs.get(i).name());
                }
            }
        }
        sql.append(") AS ");
        appendIdentifier(values.name());
    }

    void visitJoin(Join join) {
        process(join.left());
        sql.append(join.isFull() ? " FULL OUTER JOIN " : join.isOuter() ? " LEFT OUTER JOIN " : " JOIN ");
        FromClause right = join.right();
        if (right instanceof Join) {
            sql.append('(');
            process(right);
            sql.append(')');
        } else {
            process(right);
        }
        sql.append(" ON ");
        Clause saved = clause;
        clause = Clause.OTHER;
        process(join.onClause());
        clause = saved;
    }

    void visitSubquery(Subquery subquery) {
        if (subquery.isLateral()) {
            if (!dialect.supportsLateral()) {
                throw new CompileException(dialect.name() + " does not support LATERAL (subquery "
                        + subquery.name() + "); use a correlated scalar subquery or a join instead");
            }
            sql.append("LATERAL ");
        }
        sql.append('(');
        // a derived table is evaluated on its own: it never correlates to the query around it,
        // unless it is LATERAL, which sees the FROM clauses before it
        Deque<Set<FromClause>> saved = enclosingFroms;
        if (!subquery.isLateral()) {
            enclosingFroms = new ArrayDeque<>();
        }
        selectDepth++;
        Clause savedClause = clause;
        try {
            process((ClauseElement) subquery.select());
        } finally {
            clause = savedClause;
            selectDepth--;
            enclosingFroms = saved;
        }
        sql.append(") AS ");
        appendIdentifier(subquery.name());
    }

    // --- SELECT ---------------------------------------------------------------------------

    /** Renders a SELECT nested in the current one, correlating to the enclosing FROM list. */
    void processNestedSelect(Select select) {
        selectDepth++;
        Clause saved = clause;
        try {
            visitSelect(select);
        } finally {
            clause = saved;
            selectDepth--;
        }
    }

    void visitSelect(Select select) {
        boolean topLevel = selectDepth == 0;
        List<FromClause> froms = select.derivedFroms();
        if (select.correlates() && !enclosingFroms.isEmpty()) {
            Set<FromClause> outer = new HashSet<>();
            enclosingFroms.forEach(outer::addAll);
            List<FromClause> kept = new ArrayList<>(froms);
            kept.removeIf(outer::contains);
            if (!kept.isEmpty()) {
                froms = kept;
            }
        }
        enclosingFroms.push(leavesOf(froms));
        try {
            sql.append("SELECT ");
            if (!select.distinctOnExpressions().isEmpty()) {
                if (!dialect.supportsDistinctOn()) {
                    throw new CompileException(dialect.name() + " does not support DISTINCT ON; use a window "
                            + "function (row_number() over (partition by ...)) in a subquery instead");
                }
                sql.append("DISTINCT ON (");
                withClause(Clause.OTHER, () -> processList(select.distinctOnExpressions()));
                sql.append(") ");
            } else if (select.isDistinct()) {
                sql.append("DISTINCT ");
            }
            int keysBefore = resultKeys.size();
            withClause(Clause.COLUMNS, () -> processSelectColumns(select.columns()));
            if (!topLevel) {
                // only the outermost SELECT's columns are the result's
                while (resultKeys.size() > keysBefore) {
                    resultKeys.remove(resultKeys.size() - 1);
                    resultTypes.remove(resultTypes.size() - 1);
                }
            }
            if (!froms.isEmpty()) {
                sql.append(" FROM ");
                List<FromClause> fs = froms;
                withClause(Clause.OTHER, () -> processList(fs));
            } else {
                sql.append(dialect.emptyFromClause());
            }
            renderWhere(select.whereClauses());
            if (!select.groupByClauses().isEmpty()) {
                // the expression, not a label's name: PostgreSQL resolves a bare name in GROUP BY
                // to an input column first, so a label shadowing a column would group wrongly
                sql.append(" GROUP BY ");
                withClause(Clause.OTHER, () -> processList(select.groupByClauses()));
            }
            if (!select.havingClauses().isEmpty()) {
                sql.append(" HAVING ");
                withClause(Clause.OTHER, () -> process(Sql.and(select.havingClauses())));
            }
            renderOrderBy(select.orderByItems());
            renderLimitOffset(select.limitParameter(), select.offsetParameter());
            ForUpdate lock = select.lock();
            if (lock != null) {
                dialect.renderForUpdate(this, lock);
            }
        } finally {
            enclosingFroms.pop();
        }
    }

    private static Set<FromClause> leavesOf(List<FromClause> froms) {
        Set<FromClause> out = new HashSet<>();
        for (FromClause f : froms) {
            List<FromClause> leaves = new ArrayList<>();
            f.collectLeaves(leaves);
            out.addAll(leaves);
        }
        return out;
    }

    private void processSelectColumns(List<? extends ClauseElement> columns) {
        boolean first = true;
        for (ClauseElement c : columns) {
            if (c instanceof FromClause f && !(c instanceof Expression<?>)) {
                for (Expression<?> col : f.exportedColumns()) {
                    if (!first) {
                        sql.append(", ");
                    }
                    first = false;
                    process(col);
                    addResultKey(col);
                }
                continue;
            }
            if (c instanceof EntitySelectable e) {
                if (!first) {
                    sql.append(", ");
                }
                first = false;
                process(e);
                continue;
            }
            if (!first) {
                sql.append(", ");
            }
            first = false;
            process(c);
            if (c instanceof Expression<?> x) {
                addResultKey(x);
            }
        }
    }

    private void addResultKey(Expression<?> e) {
        String label = e.unwrap().defaultLabel();
        if (label == null) {
            label = e.defaultLabel();
        }
        resultKeys.add(label != null ? label : "col_" + (resultKeys.size() + 1));
        resultTypes.add(e.type());
    }

    private void renderWhere(List<Expression<Boolean>> where) {
        if (!where.isEmpty()) {
            sql.append(" WHERE ");
            withClause(Clause.OTHER, () -> process(Sql.and(where)));
        }
    }

    private void renderOrderBy(List<OrderByItem> items) {
        if (!items.isEmpty()) {
            sql.append(" ORDER BY ");
            withClause(Clause.ORDER_BY, () -> processList(items));
        }
    }

    private void renderLimitOffset(@Nullable BindParam<Long> limit, @Nullable BindParam<Long> offset) {
        if (limit == null && offset == null) {
            return;
        }
        Long limitValue = limit == null ? null : limit.value();
        Long offsetValue = offset == null ? null : offset.value();
        if (limitValue != null && limitValue == offsetValue) {
            // one boxed object for both: which ? is which cannot be told, so this SQL is not
            // reused for statements whose limit and offset differ
            shapeOnly = false;
            dialect.renderLimitOffset(this, limitValue, offsetValue);
            return;
        }
        pendingLimit = limit;
        pendingOffset = offset;
        try {
            dialect.renderLimitOffset(this, limitValue, offsetValue);
            if (pendingLimit != null || pendingOffset != null) {
                shapeOnly = false; // the dialect wrote a value into the SQL text
            }
        } finally {
            pendingLimit = null;
            pendingOffset = null;
        }
    }

    void visitCompoundSelect(CompoundSelect compound) {
        String keyword = dialect.compoundKeyword(compound.operation());
        boolean topLevel = selectDepth == 0;
        List<Select> selects = compound.selects();
        for (int i = 0; i < selects.size(); i++) {
            if (i > 0) {
                sql.append(' ').append(keyword).append(' ');
            }
            if (i > 0 && topLevel) {
                // the result's keys come from the first SELECT only
                selectDepth++;
                try {
                    renderCompoundMember(selects.get(i), i);
                } finally {
                    selectDepth--;
                }
            } else {
                renderCompoundMember(selects.get(i), i);
            }
        }
        // the combined result has no tables: its ORDER BY names result columns, unqualified
        boolean savedQualify = qualifyColumns;
        qualifyColumns = false;
        try {
            renderOrderBy(compound.orderByItems());
        } finally {
            qualifyColumns = savedQualify;
        }
        renderLimitOffset(compound.limitParameter(), compound.offsetParameter());
    }

    /**
     * One SELECT of a set operation. A member with its own ORDER BY or LIMIT is grouped, in
     * parentheses where the database allows, else as a derived table (SQLite).
     */
    private void renderCompoundMember(Select member, int index) {
        boolean ownPaging = !member.orderByItems().isEmpty() || member.limitValue() != null
                || member.offsetValue() != null;
        if (!ownPaging) {
            visitSelect(member);
        } else if (dialect.supportsParenthesizedCompoundMembers()) {
            sql.append('(');
            visitSelect(member);
            sql.append(')');
        } else {
            sql.append("SELECT * FROM (");
            visitSelect(member);
            sql.append(") AS ");
            appendIdentifier("anon_" + (index + 1));
        }
    }

    private void withClause(Clause c, Runnable body) {
        Clause saved = clause;
        clause = c;
        try {
            body.run();
        } finally {
            clause = saved;
        }
    }

    // --- INSERT, UPDATE, DELETE -----------------------------------------------------------

    void visitInsert(Insert insert) {
        dialect.renderInsert(this, insert);
    }

    /** {@code INSERT INTO t (cols) VALUES (...), (...)} or {@code ... SELECT}, without upsert or RETURNING. */
    public void renderInsertBody(Insert insert) {
        sql.append("INSERT INTO ");
        appendIdentifier(insert.table().name());
        Select fromSelect = insert.fromSelect();
        if (fromSelect != null) {
            sql.append(" (");
            processUnqualified(new ColumnList(insert.fromSelectColumns().isEmpty()
                    ? insert.table().columns() : insert.fromSelectColumns()));
            sql.append(") ");
            List<Cte> ctes = withInsideInsert;
            if (ctes != null) {
                withInsideInsert = null;
                renderWith(ctes);
            }
            processNestedSelect(fromSelect);
            return;
        }
        List<Map<ColumnExpression<?>, Expression<?>>> rows = insert.rows();
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            sql.append(dialect.defaultValuesClause());
            return;
        }
        sql.append(" (");
        processUnqualified(new ColumnList(new ArrayList<>(rows.get(0).keySet())));
        sql.append(") VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                sql.append(", ");
            }
            beginValuesGroup();
            sql.append('(');
            processList(new ArrayList<>(rows.get(r).values()));
            sql.append(')');
            endValuesGroup();
        }
    }

    /** {@code col = value, ...} with bare column names on the left. */
    public void renderAssignments(Map<ColumnExpression<?>, Expression<?>> assignments) {
        boolean first = true;
        for (Map.Entry<ColumnExpression<?>, Expression<?>> a : assignments.entrySet()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            appendIdentifier(a.getKey().name()).append(" = ");
            process(a.getValue());
        }
    }

    /** {@code RETURNING a, b}, and records them as the result's columns. */
    void renderReturning(List<Expression<?>> columns) {
        sql.append(" RETURNING ");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            processUnqualified(columns.get(i));
            addResultKey(columns.get(i));
        }
    }

    /** Renders RETURNING if requested, failing clearly where the database lacks it. */
    public void renderReturningIfAny(StatementKind kind, List<Expression<?>> columns) {
        if (columns.isEmpty()) {
            return;
        }
        if (!dialect.supportsReturning(kind)) {
            throw new CompileException(dialect.name() + " does not support RETURNING on "
                    + kind.name() + "; read the rows back with a SELECT instead");
        }
        renderReturning(columns);
    }

    void visitUpdate(Update update) {
        if (update.assignments().isEmpty()) {
            throw new CompileException("UPDATE of " + update.table().name() + " has no values to set");
        }
        List<FromClause> extra = update.extraFroms();
        if (!extra.isEmpty()) {
            dialect.renderUpdateFrom(this, update, extra);
            return;
        }
        sql.append("UPDATE ");
        appendIdentifier(update.table().name());
        sql.append(" SET ");
        enclosingFroms.push(Set.of(update.table()));
        try {
            renderAssignments(update.assignments());
            renderWhere(update.whereClauses());
        } finally {
            enclosingFroms.pop();
        }
        renderReturningIfAny(StatementKind.UPDATE, update.returningColumns());
    }

    /**
     * {@code UPDATE t SET col = ... FROM other WHERE ...} (PostgreSQL, SQLite): SET targets
     * bare, everything else qualified.
     */
    public void renderUpdateSetFrom(Update update, List<FromClause> extra) {
        sql.append("UPDATE ");
        appendIdentifier(update.table().name());
        sql.append(" SET ");
        withFroms(update.table(), extra, () -> {
            renderAssignments(update.assignments());
            sql.append(" FROM ");
            processList(extra);
            renderWhere(update.whereClauses());
        });
        renderReturningIfAny(StatementKind.UPDATE, update.returningColumns());
    }

    /** {@code UPDATE t, other SET t.col = ... WHERE ...} (MySQL, MariaDB): every column qualified. */
    public void renderMultiTableUpdate(Update update, List<FromClause> extra) {
        sql.append("UPDATE ");
        appendIdentifier(update.table().name());
        withFroms(update.table(), extra, () -> {
            sql.append(", ");
            processList(extra);
            sql.append(" SET ");
            boolean first = true;
            for (Map.Entry<ColumnExpression<?>, Expression<?>> a : update.assignments().entrySet()) {
                sql.append(first ? "" : ", ");
                first = false;
                process(a.getKey());
                sql.append(" = ");
                process(a.getValue());
            }
            renderWhere(update.whereClauses());
        });
        renderReturningIfAny(StatementKind.UPDATE, update.returningColumns());
    }

    /**
     * {@code DELETE FROM t USING other WHERE ...} (PostgreSQL), or with {@code repeatTarget}
     * {@code DELETE FROM t USING t, other WHERE ...} (MySQL, MariaDB, whose USING lists every table).
     */
    public void renderDeleteUsing(Delete delete, List<FromClause> extra, boolean repeatTarget) {
        sql.append("DELETE FROM ");
        appendIdentifier(delete.table().name());
        withFroms(delete.table(), extra, () -> {
            sql.append(" USING ");
            if (repeatTarget) {
                appendIdentifier(delete.table().name()).append(", ");
            }
            processList(extra);
            renderWhere(delete.whereClauses());
        });
        renderReturningIfAny(StatementKind.DELETE, delete.returningColumns());
    }

    /** Runs {@code body} with the target and extra tables as the FROM list subqueries correlate to. */
    private void withFroms(TableClause target, List<FromClause> extra, Runnable body) {
        Set<FromClause> froms = leavesOf(extra);
        froms.add(target);
        enclosingFroms.push(froms);
        try {
            body.run();
        } finally {
            enclosingFroms.pop();
        }
    }

    void visitDelete(Delete delete) {
        List<FromClause> extra = delete.extraFroms();
        if (!extra.isEmpty()) {
            dialect.renderDeleteUsing(this, delete, extra);
            return;
        }
        sql.append("DELETE FROM ");
        appendIdentifier(delete.table().name());
        enclosingFroms.push(Set.of(delete.table()));
        try {
            renderWhere(delete.whereClauses());
        } finally {
            enclosingFroms.pop();
        }
        renderReturningIfAny(StatementKind.DELETE, delete.returningColumns());
    }

    /** A comma-separated list of columns, rendered through the usual column rules. */
    static final class ColumnList extends ClauseElement {
        private final List<? extends ClauseElement> columns;

        ColumnList(List<? extends ClauseElement> columns) {
            this.columns = columns;
        }

        @Override
        public void compileTo(SqlCompiler compiler) {
            compiler.processList(columns);
        }
    }
}
