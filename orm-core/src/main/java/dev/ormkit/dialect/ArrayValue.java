package dev.ormkit.dialect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Many values bound as one parameter: an SQL array of {@code elementType} (PostgreSQL's type
 * name), which a dialect that has arrays binds with {@code createArrayOf}. Shown in logs and
 * error messages by its size and first values, never whole.
 */
public final class ArrayValue {
    private static final int SHOWN = 5;

    private final String elementType;
    private final Object[] elements;

    public ArrayValue(String elementType, List<@Nullable Object> elements) {
        this.elementType = elementType;
        this.elements = elements.toArray();
    }

    /** The element type's name as the database spells it ({@code int8}, {@code text}). */
    public String elementType() {
        return elementType;
    }

    /** The elements, in order (a copy). */
    public Object[] elements() {
        return elements.clone();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(elementType).append("[] of ").append(elements.length).append(": {");
        for (int i = 0; i < Math.min(SHOWN, elements.length); i++) {
            sb.append(i > 0 ? ", " : "").append(elements[i]);
        }
        return sb.append(elements.length > SHOWN ? ", ...}" : "}").toString();
    }
}
