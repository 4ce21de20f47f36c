package dev.ormkit.orm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.Callable;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.modifier.SyntheticState;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.MethodDelegation;
import net.bytebuddy.implementation.bind.annotation.FieldValue;
import net.bytebuddy.implementation.bind.annotation.Origin;
import net.bytebuddy.implementation.bind.annotation.RuntimeType;
import net.bytebuddy.implementation.bind.annotation.SuperCall;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;
import org.jspecify.annotations.Nullable;

/**
 * Generates, once per mapped class, a subclass whose instances stand for a row not loaded
 * yet: the object a lazy many-to-one reference points at ({@code post.getAuthor()}). The
 * instance is the session's object for that row (the identity map holds it), with its key
 * already set; calling any of its methods except the getters of its key first loads its
 * columns into it, so {@code post.getAuthor().getId()} costs nothing and
 * {@code post.getAuthor().getUsername()} one SELECT.
 *
 * <p>Classes that cannot be subclassed (final, or without a non-private no-argument
 * constructor) get no proxy: their references load with the query instead ({@link #canProxy}).
 */
final class ProxyFactory {
    static final String HANDLER_FIELD = "$ormkitProxyHandler";
    /** The accessors of {@link StateCarrier}: the session reads and writes a proxy's state without loading it. */
    private static final String STATE_METHOD = "$ormkitState";
    /** The proxy class of each mapped class, generated once and kept on the class it extends. */
    private static final ClassValue<Holder> TYPES = new ClassValue<>() {
        @Override
        protected Holder computeValue(Class<?> type) {
            return generate(EntityMapping.of(type));
        }
    };

    /** A generated class and how to build an instance of it; {@code constructor} null when none can be generated. */
    private record Holder(@Nullable MethodHandle constructor, @Nullable Class<?> proxyClass) {
    }

    /** The accessor the generated class implements, to reach its handler. */
    public interface Proxied {
        @Nullable ProxyHandler $ormkitProxyHandler();

        void $ormkitProxyHandler(@Nullable ProxyHandler handler);
    }

    private ProxyFactory() {
    }

    static boolean canProxy(EntityMapping<?> mapping) {
        return holder(mapping).constructor() != null;
    }

    /** True when {@code entity} is a generated proxy. */
    static boolean isProxy(@Nullable Object entity) {
        return entity instanceof Proxied;
    }

    static void handler(Object proxy, ProxyHandler handler) {
        ((Proxied) proxy).$ormkitProxyHandler(handler);
    }

    static @Nullable ProxyHandler handlerOf(@Nullable Object entity) {
        return entity instanceof Proxied p ? p.$ormkitProxyHandler() : null;
    }

    /** A new instance of the mapped class's proxy, without a handler yet (its methods run plainly until one is set). */
    static Object newProxy(EntityMapping<?> mapping) {
        MethodHandle ctor = holder(mapping).constructor();
        if (ctor == null) {
            throw new IllegalStateException("no proxy for " + mapping.type().getName());
        }
        try {
            return ctor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("Cannot instantiate the proxy of " + mapping.type().getName(), t);
        }
    }

    private static Holder holder(EntityMapping<?> mapping) {
        return TYPES.get(mapping.type());
    }

    private static Holder generate(EntityMapping<?> mapping) {
        Class<?> type = mapping.type();
        if (Modifier.isFinal(type.getModifiers()) || type.isInterface() || !hasUsableConstructor(type)) {
            return new Holder(null, null);
        }
        ElementMatcher.Junction<MethodDescription> keyGetters = ElementMatchers.none();
        for (ColumnAttribute a : mapping.primaryKey()) {
            String n = a.name();
            String cap = Character.toUpperCase(n.charAt(0)) + n.substring(1);
            keyGetters = keyGetters.or(ElementMatchers.takesNoArguments()
                    .and(ElementMatchers.namedOneOf("get" + cap, "is" + cap, n)));
        }
        // Object's own methods (identity equals/hashCode, class@hash toString) need no row; overrides do
        ElementMatcher.Junction<MethodDescription> intercepted = ElementMatchers.not(ElementMatchers.isDeclaredBy(Object.class))
                .and(ElementMatchers.not(ElementMatchers.isStatic()))
                .and(ElementMatchers.not(ElementMatchers.isFinal()))
                .and(ElementMatchers.not(ElementMatchers.isPrivate()))
                .and(ElementMatchers.not(ElementMatchers.named("finalize")))
                .and(ElementMatchers.not(ElementMatchers.named(STATE_METHOD))) // a StateCarrier's state needs no row
                .and(ElementMatchers.not(keyGetters));
        try {
            ClassLoadingStrategy<ClassLoader> strategy;
            MethodHandles.Lookup lookup = null;
            try {
                lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                strategy = ClassLoadingStrategy.UsingLookup.of(lookup);
            } catch (IllegalAccessException | RuntimeException e) {
                strategy = ClassLoadingStrategy.Default.WRAPPER; // package-private methods then stay unintercepted
            }
            Class<?> proxyClass = new ByteBuddy()
                    .subclass(type, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
                    .name(type.getName() + "$OrmkitProxy")
                    .modifiers(Visibility.PUBLIC, SyntheticState.SYNTHETIC)
                    .defineField(HANDLER_FIELD, ProxyHandler.class, Visibility.PRIVATE)
                    .implement(Proxied.class)
                    .method(ElementMatchers.named(HANDLER_FIELD)).intercept(FieldAccessor.ofField(HANDLER_FIELD))
                    .method(intercepted.and(ElementMatchers.not(ElementMatchers.named(HANDLER_FIELD))))
                    .intercept(MethodDelegation.to(Interceptor.class))
                    .make()
                    .load(type.getClassLoader(), strategy)
                    .getLoaded();
            MethodHandle ctor = MethodHandles.publicLookup().findConstructor(proxyClass, MethodType.methodType(void.class));
            return new Holder(ctor, proxyClass);
        } catch (RuntimeException | NoSuchMethodException | IllegalAccessException | LinkageError e) {
            return new Holder(null, null);
        }
    }

    private static boolean hasUsableConstructor(Class<?> type) {
        try {
            return !Modifier.isPrivate(type.getDeclaredConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Runs before every intercepted method of a proxy: loads it, then calls the real method. */
    public static final class Interceptor {
        private Interceptor() {
        }

        @RuntimeType
        public static @Nullable Object intercept(@FieldValue(HANDLER_FIELD) @Nullable ProxyHandler handler,
                                                 @Origin Method method, @SuperCall Callable<?> zuper) throws Exception {
            if (handler != null) {
                handler.beforeCall(method.getName());
            }
            return zuper.call();
        }
    }
}
