package dev.ormkit.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import dev.ormkit.exc.MappingException;
import org.jspecify.annotations.Nullable;

/**
 * A field reached through method handles adapted to {@code (Object)Object}: no reflection checks
 * and no boxing arrays, but an out-of-line call per read or write, as the JIT cannot fold a handle
 * held in an instance field. For classes that cannot have a generated accessor.
 */
final class HandleFieldAccess extends FieldAccess.ResolvedAccess {
    private final MethodHandle getter;
    private final MethodHandle setter;
    private final @Nullable Object primitiveZero;

    private HandleFieldAccess(MethodHandle getter, MethodHandle setter, @Nullable Object primitiveZero) {
        this.getter = getter;
        this.setter = setter;
        this.primitiveZero = primitiveZero;
    }

    static HandleFieldAccess of(Field field, MethodHandles.Lookup lookup) {
        try {
            MethodHandle get = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
            MethodHandle set = lookup.unreflectSetter(field).asType(MethodType.methodType(void.class, Object.class, Object.class));
            return new HandleFieldAccess(get, set, zeroOf(field.getType()));
        } catch (IllegalAccessException e) {
            throw MappingException.at(field.getDeclaringClass(), field.getName(), "ormkit cannot access the field (" + e.getMessage() + ")",
                    "Open the class's package to ormkit (module-info: opens ... to dev.ormkit)");
        }
    }

    @Override
    @Nullable Object get(Object entity) {
        try {
            return (Object) getter.invokeExact(entity);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    void set(Object entity, @Nullable Object value) {
        try {
            setter.invokeExact(entity, value == null ? primitiveZero : value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static @Nullable Object zeroOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        } else if (type == char.class) {
            return '\0';
        } else if (type == byte.class) {
            return (byte) 0;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == float.class) {
            return 0f;
        }
        return 0d;
    }
}
