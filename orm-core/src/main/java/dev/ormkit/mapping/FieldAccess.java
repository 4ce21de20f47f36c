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
 */
abstract class FieldAccess {

    FieldAccess() {
    }

    abstract @Nullable Object get(Object entity);

    abstract void set(Object entity, @Nullable Object value);

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
        MethodHandles.Lookup lookup = privateLookup(owner);
        if (generated) {
            FieldAccess access = AccessorClasses.of(owner).access(field);
            if (access != null) {
                return access;
            }
        }
        return HandleFieldAccess.of(field, lookup);
    }

    static MethodHandles.Lookup privateLookup(Class<?> owner) {
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw MappingException.at(owner, "ormkit cannot access the class (" + e.getMessage() + ")",
                    "Open the class's package to ormkit (module-info: opens ... to dev.ormkit)");
        }
    }
}
