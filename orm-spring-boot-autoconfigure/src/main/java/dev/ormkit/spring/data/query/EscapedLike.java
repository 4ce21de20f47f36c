package dev.ormkit.spring.data.query;

import java.util.function.Consumer;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Sql;
import dev.ormkit.sql.SqlCompiler;

/**
 * {@code x [NOT] LIKE pattern ESCAPE '!'}: a LIKE whose argument came from a caller, its
 * wildcards escaped so "50%" matches the text "50%" only. The escape character is given
 * explicitly because the databases disagree on the default (SQLite has none, the others use a
 * backslash, which MySQL/MariaDB string literals would also swallow); {@code !} means the same
 * in every dialect's string literals.
 */
public final class EscapedLike extends Expression<Boolean> {
    private static final char ESCAPE = '!';
    private final Expression<Boolean> like;

    private EscapedLike(Expression<Boolean> like) {
        this.like = like;
    }

    /** {@code column LIKE prefix + escaped(value) + suffix ESCAPE '!'}, case-insensitive when asked. */
    public static Expression<Boolean> of(Expression<String> column, String prefix, String value, String suffix,
                                         boolean negated, boolean ignoreCase) {
        String pattern = prefix + escape(value) + suffix;
        Expression<String> subject = ignoreCase ? Sql.func.lower(column) : column;
        String p = ignoreCase ? pattern.toLowerCase(java.util.Locale.ROOT) : pattern;
        return new EscapedLike(negated ? subject.notLike(p) : subject.like(p));
    }

    /** A user-written LIKE pattern, kept as it is (its wildcards are meant). */
    public static Expression<Boolean> pattern(Expression<String> column, String pattern, boolean negated,
                                              boolean ignoreCase) {
        Expression<String> subject = ignoreCase ? Sql.func.lower(column) : column;
        String p = ignoreCase ? pattern.toLowerCase(java.util.Locale.ROOT) : pattern;
        return negated ? subject.notLike(p) : subject.like(p);
    }

    /** {@code value} with the escape character, {@code %} and {@code _} escaped. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.process(like);
        compiler.append(" ESCAPE '" + ESCAPE + "'");
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(like);
    }
}
