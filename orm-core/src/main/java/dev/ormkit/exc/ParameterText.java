package dev.ormkit.exc;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bound parameters as error messages and statement logs show them: every value readable,
 * none unbounded. A long string keeps its start and end and says how long it was (as
 * SQLAlchemy's {@code _repr_params} does), binary values show their length and first bytes,
 * and a long parameter list shows its first values and how many more there are. A 1 MB value
 * makes a message of a few hundred characters, not a million.
 */
public final class ParameterText {
    /** Values whose text is longer than this are cut. */
    static final int MAX_VALUE_CHARS = 300;
    /** Parameters shown of a long list. */
    static final int MAX_PARAMETERS = 20;
    private static final int BYTES_SHOWN = 16;

    private ParameterText() {
    }

    /** {@code [v1, v2, ...]}: each value shortened, at most {@value #MAX_PARAMETERS} of them. */
    public static String of(List<?> parameters) {
        StringBuilder sb = new StringBuilder("[");
        int shown = Math.min(parameters.size(), MAX_PARAMETERS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(value(parameters.get(i)));
        }
        if (shown < parameters.size()) {
            sb.append(" ... ").append(parameters.size() - shown).append(" more");
        }
        return sb.append(']').toString();
    }

    /** One value: strings quoted, long text cut in the middle with its length, bytes summarised. */
    public static String value(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return bytes(bytes);
        }
        String text = value.toString();
        boolean quoted = value instanceof CharSequence;
        if (text.length() <= MAX_VALUE_CHARS) {
            return quoted ? "'" + text + "'" : text;
        }
        int keep = MAX_VALUE_CHARS / 2;
        String q = quoted ? "'" : "";
        return q + text.substring(0, keep) + " ... (" + text.length() + " characters, "
                + (text.length() - 2 * keep) + " truncated) ... " + text.substring(text.length() - keep) + q;
    }

    private static String bytes(byte[] bytes) {
        StringBuilder sb = new StringBuilder("<").append(bytes.length).append(" bytes");
        if (bytes.length > 0) {
            sb.append(": ");
            for (int i = 0; i < Math.min(bytes.length, BYTES_SHOWN); i++) {
                sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
            }
            if (bytes.length > BYTES_SHOWN) {
                sb.append("...");
            }
        }
        return sb.append('>').toString();
    }
}
