package dev.ormkit.bench.paired;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.bench.support.BenchDatabase;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH {@code @State} objects of one trial, built and set up the way JMH would, so the
 * paired runner runs the very benchmark methods the JMH suite runs: one instance per state
 * class, its {@code @Setup(Level.Trial)} methods run once (their parameters resolved first),
 * {@code Level.Iteration} set-ups and tear-downs around each measured slot, trial tear-downs
 * in reverse order at the end.
 */
final class States implements AutoCloseable {
    private final String database;
    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
    private final Deque<Object> setUp = new ArrayDeque<>();

    States(String database) {
        this.database = database;
    }

    /** The trial's instance of {@code type}, created and set up on first use. */
    Object get(Class<?> type) {
        Object existing = instances.get(type);
        if (existing != null) {
            return existing;
        }
        Object state;
        try {
            state = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create benchmark state " + type.getName(), e);
        }
        if (state instanceof BenchDatabase db) {
            db.database = database;
        }
        instances.put(type, state);
        invokeAll(state, Setup.class, Level.Trial);
        setUp.push(state);
        return state;
    }

    /** The arguments of a benchmark or set-up method, each a state of this trial. */
    Object[] arguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = get(types[i]);
        }
        return args;
    }

    /** Runs the {@code Level.Iteration} set-ups of the given states. */
    void beforeSlot(List<Object> states) {
        for (Object s : states) {
            invokeAll(s, Setup.class, Level.Iteration);
        }
    }

    /** Runs the {@code Level.Iteration} tear-downs of the given states. */
    void afterSlot(List<Object> states) {
        for (Object s : states) {
            invokeAll(s, TearDown.class, Level.Iteration);
        }
    }

    /** Whether a state has work to do around each slot. */
    static boolean hasIterationWork(Object state) {
        for (Method m : state.getClass().getMethods()) {
            if (levelOf(m, Setup.class) == Level.Iteration || levelOf(m, TearDown.class) == Level.Iteration) {
                return true;
            }
        }
        return false;
    }

    private void invokeAll(Object state, Class<?> annotation, Level level) {
        List<Method> methods = new ArrayList<>();
        for (Method m : state.getClass().getMethods()) {
            if (levelOf(m, annotation) == level) {
                methods.add(m);
            }
        }
        for (Method m : methods) {
            invoke(m, state, arguments(m));
        }
    }

    private static Level levelOf(Method m, Class<?> annotation) {
        if (annotation == Setup.class) {
            Setup s = m.getAnnotation(Setup.class);
            return s == null ? null : s.value();
        }
        TearDown t = m.getAnnotation(TearDown.class);
        return t == null ? null : t.value();
    }

    static Object invoke(Method m, Object target, Object[] args) {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + m, e);
        }
    }

    /**
     * Runs the trial tear-downs, newest state first. A failing tear-down is reported and the
     * others still run: the rounds are measured by then (an engine closing the shared pool
     * before the database state drops its scratch space costs nothing, the next trial drops it).
     */
    @Override
    public void close() {
        while (!setUp.isEmpty()) {
            Object state = setUp.pop();
            try {
                invokeAll(state, TearDown.class, Level.Trial);
            } catch (RuntimeException e) {
                System.err.println("Tear-down of " + state.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }
}
