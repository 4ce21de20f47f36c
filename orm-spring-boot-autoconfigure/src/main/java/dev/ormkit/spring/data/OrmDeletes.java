package dev.ormkit.spring.data;

import dev.ormkit.mapping.CascadeType;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;

/** When repository deletes may run as one bulk DELETE. */
public final class OrmDeletes {
    private OrmDeletes() {
    }

    /**
     * True when deleting rows of {@code mapping} must go through their objects: a version to
     * check, an inheritance hierarchy, a cascade to follow, or rows of other tables (children,
     * association rows) the session updates or deletes with them. Otherwise one bulk DELETE
     * does the same work without loading anything.
     */
    public static boolean needObjects(EntityMapping<?> mapping) {
        if (mapping.version() != null || !mapping.subclasses().isEmpty() || mapping.parent() != null) {
            return true;
        }
        for (RelationshipAttribute r : mapping.relationships()) {
            if (r.cascades(CascadeType.DELETE) || r.direction() != Direction.MANY_TO_ONE) {
                return true;
            }
        }
        return false;
    }
}
