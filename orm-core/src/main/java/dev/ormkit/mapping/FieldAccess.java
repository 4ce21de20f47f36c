package dev.ormkit.mapping;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import dev.ormkit.exc.MappingException;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one mapped field. Null written to a primitive field stores the primitive's
 * zero. Where it can, the field is reached through a class generated for the field's declaring
 * class ({@link AccessorClasses}): plain field instructions the JIT inlines. Elsewhere (a
 * package not opened to ormkit's module, a class loader that cannot see ormkit) it goes through
 * method handles, with the same results.
 *
 * <p>A field starts on method handles and moves to the generated class after
 * {@link AccessorClasses#USES_BEFORE_GENERATING} reads and writes, as the JDK's reflection moves to
 * generated accessors after a few calls: the first accessor class costs tens of milliseconds of
 * CPU (loading the bytecode writer), which neither start-up (mapping every class) nor an
 * application's first requests should pay for fields read a handful of times. The checks that can
 * fail (final fields, a class ormkit may not access) still run when the class is mapped.
 */
final class FieldAccess {
    private final Field field;
    private final MethodHandles.Lookup lookup;
    private final boolean generated;
    /** The way reads and writes go now: null before the first, then warming up or resolved. */
    private @Nullable ResolvedAccess current;

    private FieldAccess(Field field, MethodHandles.Lookup lookup, boolean generated) {
        this.field = field;
        this.lookup = lookup;
        this.generated = generated;
    }

    static FieldAccess of(Field field) {
        return of(field, true);
    }

    /** {@code generated} false takes the method-handle path even where a generated class could be had. */
    static FieldAccess of(Field field, boolean generated) {
        Class<?> owner = field.getDeclaringClass();
        if (Modifier.isFinal(field.getModifiers())) {
            throw MappingException.at(owner, field.getName(), "a mapped field cannot be final",
                    "Remove the final modifier, or mark the field @Transient");
        }
        return new FieldAccess(field, privateLookup(owner), generated);
    }

    static MethodHandles.Lookup privateLookup(Class<?> owner) {
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw MappingException.at(owner, "ormkit cannot access the class (" + e.getMessage() + ")",
                    "Open the class's package to ormkit (module-info: opens ... to dev.ormkit)");
        }
    }

    @Nullable Object get(Object entity) {
        ResolvedAccess r = current;
        return (r != null ? r : first()).get(entity);
    }

    void set(Object entity, @Nullable Object value) {
        ResolvedAccess r = current;
        (r != null ? r : first()).set(entity, value);
    }

    /** The first read or write: method handles, warming up towards the generated class where one may be had. */
    private ResolvedAccess first() {
        HandleFieldAccess handles = HandleFieldAccess.of(field, lookup);
        ResolvedAccess r = generated ? new WarmingAccess(this, handles, AccessorClasses.USES_BEFORE_GENERATING) : handles;
        current = r;
        return r;
    }

    /**
     * The way the field is reached once warm, chosen now if not yet: the generated access, or the
     * method handles where no class can be generated. Racing threads only choose twice; both
     * choices are complete objects of final fields.
     */
    ResolvedAccess resolved() {
        ResolvedAccess r = current;
        if (r == null || r instanceof WarmingAccess) {
            r = generated ? AccessorClasses.of(field.getDeclaringClass()).access(field) : null;
            if (r == null) {
                r = HandleFieldAccess.of(field, lookup);
            }
            current = r;
        }
        return r;
    }

    /** True once reads and writes go through the generated class (not while warming up on method handles). */
    boolean generatedNow() {
        return current instanceof GeneratedFieldAccess;
    }

    /**
     * Method handles counting down the uses left before the field moves to its generated class.
     * The count is not synchronised: threads racing on it only move a few uses earlier or later.
     */
    private static final class WarmingAccess extends ResolvedAccess {
        private final FieldAccess owner;
        private final HandleFieldAccess handles;
        private int usesLeft;

        WarmingAccess(FieldAccess owner, HandleFieldAccess handles, int uses) {
            this.owner = owner;
            this.handles = handles;
            this.usesLeft = uses;
        }

        @Override
        @Nullable Object get(Object entity) {
            return --usesLeft > 0 ? handles.get(entity) : owner.resolved().get(entity);
        }

        @Override
        void set(Object entity, @Nullable Object value) {
            if (--usesLeft > 0) {
                handles.set(entity, value);
            } else {
                owner.resolved().set(entity, value);
            }
        }
    }

    /** A way to reach the field: the generated accessor or method handles. */
    abstract static class ResolvedAccess {
        abstract @Nullable Object get(Object entity);

        abstract void set(Object entity, @Nullable Object value);
    }
}
