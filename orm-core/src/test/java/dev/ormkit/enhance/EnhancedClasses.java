package dev.ormkit.enhance;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Classes of the test model as the build would leave them after {@link StateFieldPlugin}: their
 * class files run through the plugin and defined by a loader of their own, which defines the
 * named classes from the enhanced bytes and asks its parent for everything else (ormkit, the
 * model's interfaces). The classes see one another, so their package-private fields still work.
 */
public final class EnhancedClasses extends ClassLoader {
    private final Map<String, byte[]> enhanced = new HashMap<>();

    private EnhancedClasses(ClassLoader parent) {
        super(parent);
    }

    /** {@code types} enhanced when the plugin matches them, else copied as they are. */
    public static EnhancedClasses of(Class<?>... types) {
        EnhancedClasses loader = new EnhancedClasses(types[0].getClassLoader());
        ClassFileLocator locator = ClassFileLocator.ForClassLoader.of(types[0].getClassLoader());
        try (StateFieldPlugin plugin = new StateFieldPlugin()) {
            for (Class<?> type : types) {
                TypeDescription description = TypeDescription.ForLoadedType.of(type);
                byte[] bytes = plugin.matches(description)
                        ? plugin.apply(new ByteBuddy().redefine(type, locator), description, locator).make().getBytes()
                        : locator.locate(type.getName()).resolve();
                loader.enhanced.put(type.getName(), bytes);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return loader;
    }

    /** The class named as {@code type}, as this loader defines it (another class than {@code type}). */
    public Class<?> load(Class<?> type) {
        try {
            return loadClass(type.getName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            byte[] bytes = enhanced.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
