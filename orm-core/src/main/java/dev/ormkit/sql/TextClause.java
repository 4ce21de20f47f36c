package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Literal SQL with named parameters ({@code :name}), SQLAlchemy's {@code text()}. Parameters
 * are bound, never pasted into the SQL; a collection value expands to {@code (?, ?, ?)}.
 * {@code ::} (a PostgreSQL cast) is left alone and {@code \:} is a literal colon. Quoted text,
 * comments and (on PostgreSQL) dollar-quoted bodies are passed through untouched, by the
 * rules of the database the statement runs on ({@link TextSyntax}): {@code 'it\'s'} is one
 * string on MariaDB, {@code E'it\'s'} one on PostgreSQL. On PostgreSQL a {@code ?} outside
 * them (the JSON operators {@code ?}, {@code ?|}, {@code ?&}) is written as the driver wants
 * it ({@code ??}); write the SQL as PostgreSQL reads it.
 */
public final class TextClause extends Expression<Object> implements Executable {
    private final String text;
    /** The text read by standard SQL rules: the parameters of the statement's cache key and of its API. */
    private final Parsed standard;
    /** The last text read by other rules, kept: a statement runs on one database. */
    private volatile @Nullable Parsed other;

    TextClause(String text) {
        this.text = text;
        this.standard = parse(text, TextSyntax.STANDARD, null);
    }

    /** The SQL split at its parameters by one database's rules. */
    record Parsed(TextSyntax syntax, List<String> fragments, List<BindParam<?>> parameters) {
    }

    /** The text as a database with {@code syntax} reads it. */
    Parsed parsed(TextSyntax syntax) {
        if (syntax.equals(standard.syntax())) {
            return standard;
        }
        Parsed last = other;
        if (last == null || !last.syntax().equals(syntax)) {
            last = parse(text, syntax, standard);
            other = last;
        }
        return last;
    }

    /**
     * Splits {@code sql} at its {@code :name} parameters. When the names come out as by
     * {@code reuse}, its parameter objects are kept, so that the statement cache, which knows
     * them, can serve the compiled form to the next statement of this text.
     */
    private static Parsed parse(String sql, TextSyntax syntax, @Nullable Parsed reuse) {
        List<String> fragments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            int end = skipLiteral(sql, i, syntax);
            if (end > i) {
                current.append(sql, i, end);
                i = end;
            } else if (ch == '?') {
                current.append(syntax.questionMark());
                i++;
            } else if (ch == '\\' && i + 1 < n && sql.charAt(i + 1) == ':') {
                current.append(':');
                i += 2;
            } else if (ch == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                current.append("::");
                i += 2;
            } else if (ch == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(sql.charAt(j))) {
                    j++;
                }
                fragments.add(current.toString());
                current.setLength(0);
                names.add(sql.substring(i + 1, j));
                i = j;
            } else {
                current.append(ch);
                i++;
            }
        }
        fragments.add(current.toString());
        List<BindParam<?>> parameters = new ArrayList<>(names.size());
        boolean sameNames = reuse != null && reuse.parameters().size() == names.size();
        for (int k = 0; sameNames && k < names.size(); k++) {
            sameNames = names.get(k).equals(reuse.parameters().get(k).name());
        }
        if (sameNames) {
            parameters.addAll(reuse.parameters());
        } else {
            for (String name : names) {
                parameters.add(BindParam.named(name, null));
            }
        }
        return new Parsed(syntax, List.copyOf(fragments), Collections.unmodifiableList(parameters));
    }

    /**
     * The end of the quoted string, quoted identifier, comment or dollar-quoted body starting at
     * {@code i}, or {@code i} when none starts there. An unterminated one runs to the end.
     */
    private static int skipLiteral(String sql, int i, TextSyntax syntax) {
        int n = sql.length();
        char ch = sql.charAt(i);
        char next = i + 1 < n ? sql.charAt(i + 1) : 0;
        switch (ch) {
            case '\'':
                boolean escapeString = syntax.escapeStrings() && i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isJavaIdentifierPart(sql.charAt(i - 2)));
                return endOfQuoted(sql, i, ch, syntax.backslashEscapes() || escapeString);
            case '"':
                return endOfQuoted(sql, i, ch, syntax.backslashEscapes());
            case '`':
                return endOfQuoted(sql, i, ch, false);
            case '-':
                if (next != '-') {
                    return i;
                }
                int eol = sql.indexOf('\n', i);
                return eol < 0 ? n : eol;
            case '/':
                return next == '*' ? endOfBlockComment(sql, i, syntax.nestedComments()) : i;
            case '$':
                return syntax.dollarQuoting() ? endOfDollarQuoted(sql, i) : i;
            default:
                return i;
        }
    }

    private static int endOfQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int n = sql.length();
        int j = start + 1;
        while (j < n) {
            char c = sql.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < n && sql.charAt(j + 1) == quote) {
                    j += 2; // a doubled quote stands for one
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return n;
    }

    private static int endOfBlockComment(String sql, int start, boolean nested) {
        int n = sql.length();
        int depth = 0;
        int j = start;
        while (j < n - 1) {
            if (sql.charAt(j) == '/' && sql.charAt(j + 1) == '*' && (depth == 0 || nested)) {
                depth++;
                j += 2;
            } else if (sql.charAt(j) == '*' && sql.charAt(j + 1) == '/') {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return n;
    }

    /** {@code $tag$ ... $tag$} with an empty or identifier tag; {@code $1} or {@code a$b} are no quote. */
    private static int endOfDollarQuoted(String sql, int start) {
        if (start > 0 && Character.isJavaIdentifierPart(sql.charAt(start - 1))) {
            return start;
        }
        int n = sql.length();
        int j = start + 1;
        if (j < n && Character.isDigit(sql.charAt(j))) {
            return start;
        }
        while (j < n && sql.charAt(j) != '$' && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        if (j >= n || sql.charAt(j) != '$') {
            return start;
        }
        String tag = sql.substring(start, j + 1);
        int close = sql.indexOf(tag, j + 1);
        return close < 0 ? n : close + tag.length();
    }

    /** The SQL as written. */
    public String text() {
        return text;
    }

    /** The text between parameters, by standard SQL rules; one more than {@link #parameters()}. */
    public List<String> fragments() {
        return standard.fragments();
    }

    /** The text between parameters as a database with {@code syntax} reads it. */
    public List<String> fragments(TextSyntax syntax) {
        return parsed(syntax).fragments();
    }

    /** The named parameters in order of appearance (a name may repeat). */
    public List<BindParam<?>> parameters() {
        return standard.parameters();
    }

    /** The named parameters as a database with {@code syntax} reads the text. */
    public List<BindParam<?>> parameters(TextSyntax syntax) {
        return parsed(syntax).parameters();
    }

    /** The distinct parameter names. */
    public Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        for (BindParam<?> p : standard.parameters()) {
            names.add(p.name());
        }
        return names;
    }

    @Override
    public @Nullable SqlType<Object> type() {
        return null;
    }

    @Override
    public StatementKind kind() {
        return StatementKind.ofSql(text);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        // the text decides the SQL; its named parameters are recorded in order
        key.add(TextClause.class).add(text).elements(standard.parameters());
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitText(this);
    }

    @Override
    public String toString() {
        return text;
    }
}
