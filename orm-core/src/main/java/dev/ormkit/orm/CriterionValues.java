package dev.ormkit.orm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * Checks a value compared with an attribute by name ({@code filterBy("qty", 5)}), where the
 * compiler cannot. A value of another type is refused rather than sent: a database that
 * casts it would quietly match nothing ({@code qty = 'not a number'} is {@code qty = 0} on
 * MySQL and SQLite). Numbers widen when the value fits, and an enum's name stands for it.
 */
final class CriterionValues {
    private CriterionValues() {
    }

    /**
     * {@code value} as the attribute's type.
     *
     * @throws ArgumentException naming the attribute and both types when it is not one
     */
    static @Nullable Object checked(ColumnAttribute attribute, @Nullable Object value) {
        Class<?> type = attribute.javaType();
        if (value == null || type.isInstance(value)) {
            return value;
        }
        Object converted = convert(type, value);
        if (converted == null) {
            throw new ArgumentException("filterBy(\"" + attribute.name() + "\", ...): "
                    + attribute.owner().getSimpleName() + "." + attribute.name() + " is "
                    + attribute.field().getType().getName() + "; got " + value.getClass().getName() + " " + quoted(value)
                    + expected(type));
        }
        return converted;
    }

    /** The value as {@code type} when it is the same number or the enum constant's name; null otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Object convert(Class<?> type, Object value) {
        if (type.isEnum() && value instanceof String name) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum) constant).name().equals(name)) {
                    return constant;
                }
            }
            return null;
        }
        if (!(value instanceof Number n) || !Number.class.isAssignableFrom(type)) {
            return null;
        }
        BigDecimal exact = exact(n);
        if (exact == null) {
            return null;
        }
        try {
            if (type == Long.class) {
                return exact.longValueExact();
            } else if (type == Integer.class) {
                return exact.intValueExact();
            } else if (type == Short.class) {
                return exact.shortValueExact();
            } else if (type == BigDecimal.class) {
                return exact;
            } else if (type == Double.class) {
                return n.doubleValue();
            } else if (type == Float.class) {
                return n.floatValue();
            }
        } catch (ArithmeticException e) {
            return null; // a fraction, or out of range: not the same number
        }
        return null;
    }

    private static @Nullable BigDecimal exact(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        } else if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        } else if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static String quoted(Object value) {
        return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "; expected a " + type.getSimpleName() + " or one of the names " + Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type)) {
            return "; expected a number that fits " + Types.boxed(type).getSimpleName()
                    + " (convert text with " + type.getSimpleName() + ".valueOf first)";
        }
        return "; expected a " + type.getName();
    }
}
