package dev.ormkit.spring.data.query;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a {@link Query} made ready for ormkit's {@code text()}: JPA-style positional
 * parameters ({@code ?1}) become named ones ({@code :_p1}) so one binding path serves both;
 * {@code (:ids)} for a collection becomes {@code :ids}, which expands to {@code (?, ?, ?)}
 * (otherwise the parentheses would double); and for pages, slices and sorts the ORDER BY and
 * LIMIT/OFFSET are appended, the count derived by wrapping the statement. Quoted text and
 * comments are left alone.
 */
final class DeclaredSql {
    /** The name a positional parameter {@code ?n} is bound under. */
    static final String POSITIONAL_PREFIX = "_p";
    static final String LIMIT = "_page_limit";
    static final String OFFSET = "_page_offset";
    private static final Pattern ORDER_BY = Pattern.compile("\\border\\s+by\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private DeclaredSql() {
    }

    /** {@code sql} with {@code ?n} outside quotes and comments written {@code :_pn}. */
    static String namedPositionals(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int end = skipQuotedOrComment(sql, i);
            if (end > i) {
                out.append(sql, i, end);
                i = end;
            } else if (c == '?' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && Character.isDigit(sql.charAt(j))) {
                    j++;
                }
                out.append(':').append(POSITIONAL_PREFIX).append(sql, i + 1, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code sql} with {@code (:name)} written {@code :name} for each of {@code collections}. */
    static String unparenthesized(String sql, List<String> collections) {
        String out = sql;
        for (String name : collections) {
            out = out.replaceAll("\\(\\s*:" + Pattern.quote(name) + "\\s*\\)", Matcher.quoteReplacement(":" + name));
        }
        return out;
    }

    /** The count of {@code sql}'s rows, by wrapping it (every supported database takes a derived table with an alias). */
    static String derivedCount(String sql) {
        return "SELECT count(*) FROM (" + withoutTrailingSemicolon(sql) + ") count_rows";
    }

    /** {@code sql} with {@code orderBy} (column names, each with ASC/DESC) appended to or after its own ORDER BY. */
    static String ordered(String sql, List<String> orderBy) {
        if (orderBy.isEmpty()) {
            return sql;
        }
        String body = withoutTrailingSemicolon(sql);
        String items = String.join(", ", orderBy);
        return endsWithOrderBy(body) ? body + ", " + items : body + " ORDER BY " + items;
    }

    /** {@code sql} with a LIMIT and OFFSET bound from {@link #LIMIT} and {@link #OFFSET}. */
    static String limited(String sql) {
        return withoutTrailingSemicolon(sql) + " LIMIT :" + LIMIT + " OFFSET :" + OFFSET;
    }

    /** True when {@code name} can be written into SQL as it is (a column name or a select label). */
    static boolean isIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches();
    }

    /** True when the statement's last clause is its own ORDER BY (none follows a closing parenthesis after it). */
    private static boolean endsWithOrderBy(String sql) {
        Matcher m = ORDER_BY.matcher(sql);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last >= 0 && sql.indexOf(')', last) < 0
                && !sql.substring(last).toLowerCase(Locale.ROOT).matches("(?s).*\\b(limit|offset|fetch)\\b.*");
    }

    private static String withoutTrailingSemicolon(String sql) {
        String s = sql.strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    }

    /** The end of the quoted text or comment starting at {@code i}, or {@code i}. */
    private static int skipQuotedOrComment(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int j = i + 1;
            while (j < n) {
                if (sql.charAt(j) == c) {
                    if (j + 1 < n && sql.charAt(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j += sql.charAt(j) == '\\' && c == '\'' ? 2 : 1;
            }
            return n;
        }
        if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
            int eol = sql.indexOf('\n', i);
            return eol < 0 ? n : eol;
        }
        if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? n : close + 2;
        }
        return i;
    }
}
