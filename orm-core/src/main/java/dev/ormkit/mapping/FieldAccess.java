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
 * <p>Which of the two is decided at the first read or write, not when the class is mapped: the
 * first accessor class costs tens of milliseconds (loading the bytecode writer), which start-up,
 * mapping every class, need not pay. The checks that can fail (final fields, a class ormkit may
 * not access) still run when the class is mapped.
 */
final class FieldAccess {
    private final Field field;
    private final MethodHandles.Lookup lookup;
    private final boolean generated;
    /** Set at first use; a race only builds it twice, and both are complete objects of final fields. */
    private @Nullable ResolvedAccess resolved;

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
        ResolvedAccess r = resolved;
        return (r != null ? r : resolved()).get(entity);
    }

    void set(Object entity, @Nullable Object value) {
        ResolvedAccess r = resolved;
        (r != null ? r : resolved()).set(entity, value);
    }

    /** The way the field is reached, chosen now if not yet. */
    ResolvedAccess resolved() {
        ResolvedAccess r = resolved;
        if (r == null) {
            r = generated ? AccessorClasses.of(field.getDeclaringClass()).access(field) : null;
            if (r == null) {
                r = HandleFieldAccess.of(field, lookup);
            }
            resolved = r;
        }
        return r;
    }

    /** A way to reach the field: the generated accessor or method handles. */
    abstract static class ResolvedAccess {
        abstract @Nullable Object get(Object entity);

        abstract void set(Object entity, @Nullable Object value);
    }
}
