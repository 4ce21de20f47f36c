package dev.ormkit.mapping;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The accessor class generated for one class that declares mapped fields: a hidden nestmate of
 * that class ({@link MethodHandles.Lookup#defineHiddenClass}), so it reads and writes even
 * private fields with plain field instructions and creates instances through the no-argument
 * constructor with {@code new}, all of which the JIT inlines where a method handle held in a
 * field stays an out-of-line call. One class per declaring class: a field of a superclass is
 * reached through the superclass's accessor, as only its nestmates may touch its private fields.
 *
 * <p>Where no such class can be defined (the class's package is not open to ormkit's module,
 * its class loader does not see ormkit's classes, the definition fails), {@link #of} holds no
 * accessor and the callers use method handles instead. The hidden class is not
 * {@code STRONG}: it is kept only by the value cached on its host class, and goes with it.
 */
final class AccessorClasses {
    /**
     * Reads and writes of one field (instances made, for the constructor) through method handles
     * before it moves to the generated class: a field used fewer times than this never pays for
     * generating and defining a class (a millisecond or two each, tens for the first one).
     */
    static final int USES_BEFORE_GENERATING = 1_000;
    private static final AccessorClasses NONE = new AccessorClasses(null, Map.of(), false);

    private static final ClassValue<AccessorClasses> CLASSES = new ClassValue<>() {
        @Override
        protected AccessorClasses computeValue(Class<?> type) {
            return define(type);
        }
    };

    private final @Nullable Accessor accessor;
    private final Map<String, Integer> indexes;
    private final boolean instantiates;

    private AccessorClasses(@Nullable Accessor accessor, Map<String, Integer> indexes, boolean instantiates) {
        this.accessor = accessor;
        this.indexes = indexes;
        this.instantiates = instantiates;
    }

    /** The accessor of {@code type}'s declared fields, defined on first use. */
    static AccessorClasses of(Class<?> type) {
        return CLASSES.get(type);
    }

    /** The generated access to {@code field} (declared by this class), or null to use method handles. */
    @Nullable GeneratedFieldAccess access(Field field) {
        Integer index = indexes.get(field.getName());
        return accessor == null || index == null ? null : new GeneratedFieldAccess(accessor, index);
    }

    /** The accessor that creates instances through the no-argument constructor, or null. */
    @Nullable Accessor instantiator() {
        return instantiates ? accessor : null;
    }

    private static AccessorClasses define(Class<?> type) {
        if (type.isInterface() || type.isArray() || type.isPrimitive() || type.isHidden() || !seesAccessor(type)) {
            return NONE;
        }
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) && !Modifier.isFinal(m) && reachable(f.getType(), type)) {
                fields.add(f);
            }
        }
        boolean instantiates = !Modifier.isAbstract(type.getModifiers()) && hasNoArgConstructor(type);
        try {
            MethodHandles.Lookup host = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            byte[] bytes = AccessorBytecode.write(type, fields, instantiates);
            MethodHandles.Lookup defined = host.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
            // reflection rather than a method handle: no lambda forms to spin at start-up for one call
            Constructor<?> constructor = defined.lookupClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            Accessor accessor = (Accessor) constructor.newInstance();
            Map<String, Integer> indexes = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                indexes.put(fields.get(i).getName(), i);
            }
            return new AccessorClasses(accessor, Map.copyOf(indexes), instantiates);
        } catch (Throwable e) {
            // IllegalAccessException (no full access to the class: another module), LinkageError
            // (a loader that refuses, a verification failure), ...: method handles serve instead
            return NONE;
        }
    }

    /** True when {@code type}'s loader resolves {@link Accessor} to this very class, as the generated class will. */
    private static boolean seesAccessor(Class<?> type) {
        try {
            return Class.forName(Accessor.class.getName(), false, type.getClassLoader()) == Accessor.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * True when code in {@code host}'s package may name {@code type}: the generated class casts
     * values to the field's type. The JVM asks only that the type be public (a public or protected
     * nested type is public to it) in a package the host's module may use, or in the host's own
     * runtime package; a type failing that would fail only when the field is first written.
     */
    private static boolean reachable(Class<?> type, Class<?> host) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive()) {
            return true;
        }
        if (type.getClassLoader() == host.getClassLoader() && type.getPackageName().equals(host.getPackageName())) {
            return true;
        }
        return (type.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0
                && host.getModule().canRead(type.getModule())
                && type.getModule().isExported(type.getPackageName(), host.getModule());
    }

    private static boolean hasNoArgConstructor(Class<?> type) {
        try {
            type.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * What a generated accessor implements. Public because the generated class lives in its
     * host's package; the enclosing class keeps it out of the API. The conversions are those of
     * a method handle adapted from {@code Object} to a primitive ({@code MethodHandle.asType}):
     * the exact wrapper or one whose primitive widens to the field's, null as zero, and the same
     * {@link ClassCastException} otherwise, so the fallback behaves the same.
     */
    public abstract static class Accessor {
        protected Accessor() {
        }

        /** The value of field number {@code field} of {@code entity}, boxed. */
        public abstract @Nullable Object get(Object entity, int field);

        /** Sets field number {@code field} of {@code entity}; null into a primitive field stores its zero. */
        public abstract void set(Object entity, int field, @Nullable Object value);

        /** A new instance of the host class through its no-argument constructor. */
        public Object newInstance() {
            throw new UnsupportedOperationException("the host class has no usable no-argument constructor");
        }

        public static IllegalArgumentException noSuchField(int field) {
            return new IllegalArgumentException("no field number " + field);
        }

        public static boolean toBoolean(@Nullable Object v) {
            if (v instanceof Boolean b) {
                return b;
            }
            if (v == null) {
                return false;
            }
            throw cannotCast(v, Boolean.class);
        }

        public static char toChar(@Nullable Object v) {
            if (v instanceof Character c) {
                return c;
            }
            if (v == null) {
                return '\0';
            }
            throw cannotCast(v, Character.class);
        }

        public static byte toByte(@Nullable Object v) {
            if (v instanceof Byte b) {
                return b;
            }
            if (v == null) {
                return 0;
            }
            throw cannotCast(v, Byte.class);
        }

        public static short toShort(@Nullable Object v) {
            if (v instanceof Short s) {
                return s;
            }
            if (v == null) {
                return 0;
            }
            if (v instanceof Byte b) {
                return b;
            }
            throw cannotCast(v, Short.class);
        }

        public static int toInt(@Nullable Object v) {
            if (v instanceof Integer i) {
                return i;
            }
            if (v == null) {
                return 0;
            }
            if (v instanceof Short || v instanceof Byte) {
                return ((Number) v).intValue();
            }
            if (v instanceof Character c) {
                return c;
            }
            throw cannotCast(v, Integer.class);
        }

        public static long toLong(@Nullable Object v) {
            if (v instanceof Long l) {
                return l;
            }
            if (v == null) {
                return 0L;
            }
            if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return ((Number) v).longValue();
            }
            if (v instanceof Character c) {
                return c;
            }
            throw cannotCast(v, Long.class);
        }

        public static float toFloat(@Nullable Object v) {
            if (v instanceof Float f) {
                return f;
            }
            if (v == null) {
                return 0f;
            }
            if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return ((Number) v).floatValue();
            }
            if (v instanceof Character c) {
                return c;
            }
            throw cannotCast(v, Float.class);
        }

        public static double toDouble(@Nullable Object v) {
            if (v instanceof Double d) {
                return d;
            }
            if (v == null) {
                return 0d;
            }
            if (v instanceof Float || v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return ((Number) v).doubleValue();
            }
            if (v instanceof Character c) {
                return c;
            }
            throw cannotCast(v, Double.class);
        }

        /** The exception a method handle throws: a wrapper or number of the wrong kind, otherwise the cast to Number. */
        @SuppressWarnings("unused")
        private static ClassCastException cannotCast(Object v, Class<?> wrapper) {
            if (!(v instanceof Number) && !(v instanceof Boolean) && !(v instanceof Character)) {
                Number cast = (Number) v; // throws the JVM's own message, as the handle's cast does
            }
            return new ClassCastException("Cannot cast " + v.getClass().getName() + " to " + wrapper.getName());
        }
    }
}
