package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.ormkit.schema.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * Literal SQL with named parameters ({@code :name}), SQLAlchemy's {@code text()}. Parameters
 * are bound, never pasted into the SQL; a collection value expands to {@code (?, ?, ?)}.
 * {@code ::} (a PostgreSQL cast) and text inside quotes are left alone; {@code \:} is a
 * literal colon.
 */
public final class TextClause extends Expression<Object> implements Executable {
    private final String text;
    private final List<String> fragments;
    private final List<BindParam<?>> parameters;

    TextClause(String text) {
        this.text = text;
        this.fragments = new ArrayList<>();
        this.parameters = new ArrayList<>();
        parse(text);
    }

    private void parse(String sql) {
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`') {
                int end = sql.indexOf(ch, i + 1);
                end = end < 0 ? n : end + 1;
                current.append(sql, i, end);
                i = end;
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
                parameters.add(BindParam.named(sql.substring(i + 1, j), null));
                i = j;
            } else {
                current.append(ch);
                i++;
            }
        }
        fragments.add(current.toString());
    }

    /** The SQL as written. */
    public String text() {
        return text;
    }

    /** The text between parameters; one more than {@link #parameters()}. */
    public List<String> fragments() {
        return Collections.unmodifiableList(fragments);
    }

    /** The named parameters in order of appearance (a name may repeat). */
    public List<BindParam<?>> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** The distinct parameter names. */
    public Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        for (BindParam<?> p : parameters) {
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
    public void appendCacheKey(CacheKey.Builder key) {
        // the text decides the SQL; its named parameters are recorded in order
        key.add(TextClause.class).add(text).elements(parameters);
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
