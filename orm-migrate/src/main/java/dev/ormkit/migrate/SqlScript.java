package dev.ormkit.migrate;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import dev.ormkit.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * An offline migration script: the statements a run would send, each with its bound values
 * written in as literals, separated by {@code ;}, with {@code --} comments naming the revisions.
 */
final class SqlScript {
    private final Dialect dialect;
    private final StringBuilder text = new StringBuilder();
    private final List<String> statements = new ArrayList<>();

    SqlScript(Dialect dialect) {
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    void comment(String line) {
        text.append("-- ").append(line).append("\n\n");
    }

    void statement(String sql, List<@Nullable Object> values) {
        String s = inline(dialect, sql, values);
        statements.add(s);
        text.append(s).append(";\n\n");
    }

    List<String> statements() {
        return statements;
    }

    String text() {
        return text.toString();
    }

    /** {@code sql} with each {@code ?} placeholder (outside quotes) replaced by its value as a literal. */
    static String inline(Dialect dialect, String sql, List<@Nullable Object> values) {
        StringBuilder out = new StringBuilder(sql.length() + 16 * values.size());
        int next = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
                out.append(ch);
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
                out.append(ch);
            } else if (ch == '?' && next < values.size()) {
                out.append(literal(dialect, values.get(next++)));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    static String literal(Dialect dialect, @Nullable Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        return dialect.stringLiteral(value.toString());
    }
}
