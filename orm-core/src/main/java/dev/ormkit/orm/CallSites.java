package dev.ormkit.orm;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the application's line that made ormkit do something (a lazy load, an N+1 loop): the
 * first stack frame outside ormkit, the JDK, generated proxies and the framework packages a
 * session factory was given. Spring and AOP layers (Spring's own classes, JDK dynamic proxies,
 * ByteBuddy, CGLIB {@code $$} subclasses) are skipped by default: a report names the service
 * method, not the transaction interceptor in front of it.
 */
final class CallSites {
    /** Packages (name prefixes) skipped unless configured otherwise. */
    static final List<String> DEFAULT_FRAMEWORK_PACKAGES = List.of("org.springframework.", "net.bytebuddy.",
            "jdk.proxy", "org.aopalliance.");
    /** The default finder, for code that has no session factory at hand. */
    static final CallSites DEFAULT = new CallSites(DEFAULT_FRAMEWORK_PACKAGES);
    private static final @Nullable CodeSource OWN_CODE = Session.class.getProtectionDomain().getCodeSource();
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final List<String> frameworkPackages;
    /**
     * Whether a class is internal, decided once per class: a walk through a web request's stack
     * meets the same hundred framework frames every time, and each decision compares names.
     */
    private final ClassValue<Boolean> internal = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return decideInternal(type);
        }
    };

    CallSites(List<String> frameworkPackages) {
        this.frameworkPackages = List.copyOf(frameworkPackages);
    }

    /** The defaults plus {@code extra} prefixes. */
    static CallSites withExtra(List<String> extra) {
        List<String> all = new ArrayList<>(DEFAULT_FRAMEWORK_PACKAGES);
        all.addAll(extra);
        return new CallSites(all);
    }

    List<String> frameworkPackages() {
        return frameworkPackages;
    }

    /** "com.example.Dashboard.render(Dashboard.java:42)", or "unknown" when every frame is internal. */
    String location() {
        return WALKER.walk(frames -> frames
                .filter(f -> !isInternal(f.getDeclaringClass()))
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse("unknown"));
    }

    private boolean isInternal(Class<?> c) {
        return internal.get(c);
    }

    private boolean decideInternal(Class<?> c) {
        String n = c.getName();
        if (n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.") || c.isSynthetic()
                || n.contains("$OrmkitProxy") || n.contains("$$")) {
            return true; // the JDK, lambdas, and generated subclasses (ormkit's proxies, CGLIB's, ByteBuddy's)
        }
        for (String p : frameworkPackages) {
            if (n.startsWith(p)) {
                return true;
            }
        }
        if (!n.startsWith("dev.ormkit.")) {
            return false;
        }
        // ormkit's own jar; its tests and examples, elsewhere on the class path, are application code
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        return OWN_CODE != null && cs != null && OWN_CODE.getLocation() != null
                && OWN_CODE.getLocation().equals(cs.getLocation());
    }
}
