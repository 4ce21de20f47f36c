package dev.ormkit.spring.data;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.spring.data.query.EscapedLike;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Sql;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.support.ExampleMatcherAccessor;

/**
 * The WHERE condition of a query by example: one comparison per column attribute the probe
 * sets (or per null one, with {@code NullHandler.INCLUDE}), joined as the matcher says.
 * Relationships of the probe are not followed.
 */
final class ExampleCriteria {
    private ExampleCriteria() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Expression<Boolean> of(Example<?> example) {
        ExampleMatcher matcher = example.getMatcher();
        ExampleMatcherAccessor accessor = new ExampleMatcherAccessor(matcher);
        Object probe = example.getProbe();
        EntityMapping<?> mapping = EntityMapping.of(probe.getClass());
        List<Expression<Boolean>> parts = new ArrayList<>();
        for (ColumnAttribute a : mapping.columnAttributes()) {
            if (matcher.isIgnoredPath(a.name())) {
                continue;
            }
            Object value = accessor.getValueTransformerForPath(a.name()).apply(java.util.Optional.ofNullable(a.get(probe)))
                    .orElse(null);
            Expression column = a.column();
            if (value == null) {
                if (matcher.getNullHandler() == ExampleMatcher.NullHandler.INCLUDE) {
                    parts.add(column.isNull());
                }
                continue;
            }
            if (a.isVersion() || (a.javaType().isPrimitive() && isDefault(value))) {
                continue; // a primitive's default and the version say nothing about what to match
            }
            if (value instanceof String s) {
                boolean ignoreCase = accessor.isIgnoreCaseForPath(a.name());
                parts.add(switch (accessor.getStringMatcherForPath(a.name())) {
                    case STARTING -> EscapedLike.of(column, "", s, "%", false, ignoreCase);
                    case ENDING -> EscapedLike.of(column, "%", s, "", false, ignoreCase);
                    case CONTAINING -> EscapedLike.of(column, "%", s, "%", false, ignoreCase);
                    case REGEX -> throw new UnsupportedOperationException("Query by example with a REGEX string"
                            + " matcher (property '" + a.name() + "') is not supported by ormkit repositories");
                    default -> ignoreCase ? Sql.func.lower(column).eq(s.toLowerCase(java.util.Locale.ROOT)) : column.eq(s);
                });
            } else {
                parts.add(column.eq(value));
            }
        }
        if (parts.isEmpty()) {
            return Sql.trueValue();
        }
        return matcher.isAllMatching() ? Sql.and(parts) : Sql.or(parts);
    }

    private static boolean isDefault(Object value) {
        return value.equals(0) || value.equals(0L) || value.equals(0.0d) || value.equals(0.0f) || value.equals(false)
                || value.equals((short) 0) || value.equals((byte) 0) || value.equals('\0');
    }
}
