package dev.ormkit.orm;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.RelationshipAttribute;

/** The {@link InstrumentedCollection} a session installs in a {@code Set} relationship field. */
final class InstrumentedSet extends InstrumentedCollection<Set<Object>> implements Set<Object> {
    InstrumentedSet(InstanceState owner, RelationshipAttribute relationship, boolean loaded) {
        super(new LinkedHashSet<>(), owner, relationship, loaded);
    }
}
