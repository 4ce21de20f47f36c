package dev.ormkit.mapping;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A session operation that follows a relationship to its targets (SQLAlchemy's cascades). */
public enum CascadeType {
    SAVE_UPDATE, MERGE, EXPUNGE, DELETE, DELETE_ORPHAN, REFRESH_EXPIRE;

    /**
     * Parses {@code "save-update, merge"}, {@code "all, delete-orphan"}, {@code "none"}.
     *
     * @throws IllegalArgumentException naming an unknown cascade
     */
    static Set<CascadeType> parse(String text) {
        EnumSet<CascadeType> out = EnumSet.noneOf(CascadeType.class);
        for (String raw : text.split(",")) {
            String token = raw.trim().toLowerCase(Locale.ROOT);
            if (token.isEmpty() || token.equals("none")) {
                continue;
            }
            if (token.equals("all")) {
                out.addAll(EnumSet.of(SAVE_UPDATE, MERGE, EXPUNGE, DELETE, REFRESH_EXPIRE));
                continue;
            }
            boolean found = false;
            for (CascadeType c : values()) {
                if (c.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(token)) {
                    out.add(c);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("unknown cascade \"" + raw.trim()
                        + "\" (known: all, save-update, merge, expunge, delete, delete-orphan, refresh-expire, none)");
            }
        }
        return out;
    }
}
