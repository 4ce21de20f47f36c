package dev.ormkit.enhance;

import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;
import dev.ormkit.orm.StateCarrier;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.description.modifier.FieldPersistence;
import net.bytebuddy.description.modifier.MethodManifestation;
import net.bytebuddy.description.modifier.SyntheticState;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.FieldAccessor;

/**
 * ormkit's build-time enhancement, a Byte Buddy build plugin: makes each {@code @Table} class
 * of a module a {@link StateCarrier}, a class that keeps the session's state of its objects in
 * a field of its own instead of the process-wide registry of weak references that plain
 * classes need. Nothing else in the class changes, and the source stays a plain class; a
 * module built without the plugin behaves the same, only with more work for the garbage
 * collector.
 *
 * <p>In Maven, Byte Buddy's own plugin runs it after compilation and finds it in
 * {@code orm-core} on the module's class path:
 * <pre>{@code
 * <plugin>
 *   <groupId>net.bytebuddy</groupId>
 *   <artifactId>byte-buddy-maven-plugin</artifactId>
 *   <version>1.18.7</version>
 *   <executions><execution><goals><goal>transform</goal></goals></execution></executions>
 *   <configuration><classPathDiscovery>true</classPathDiscovery></configuration>
 * </plugin>
 * }</pre>
 * Byte Buddy's Gradle plugin runs build plugins the same way (the project's own builds use Maven).
 *
 * <p>What it adds to a class: a {@code private transient} synthetic field {@code $ormkitState}
 * (invisible to the mapping, to Java serialization and to JSON mappers) and the two {@code final}
 * methods of {@link StateCarrier} that read and write it. Classes it leaves as they are:
 * those without {@code @Table}, interfaces, records, classes that already carry their state
 * ({@link StateCarrier}, enhanced before or by hand, and subclasses of {@link Base}), and
 * subclasses of a {@code @Table} class, which inherit the field of the root of their hierarchy
 * (so that root must be enhanced: built in the same module, or in one that is enhanced too).
 */
public final class StateFieldPlugin implements Plugin {
    /** The field's name, also the accessors' name (as {@link StateCarrier} declares them). */
    static final String FIELD = "$ormkitState";

    /** For Byte Buddy's build tools, which make the plugin by this constructor. */
    public StateFieldPlugin() {
    }

    @Override
    public boolean matches(TypeDescription type) {
        if (type.isInterface() || type.isAnnotation() || type.isRecord() || !hasTable(type)) {
            return false;
        }
        if (type.isAssignableTo(StateCarrier.class) || type.isAssignableTo(Base.class)) {
            return false;
        }
        for (TypeDefinition s = type.getSuperClass(); s != null; s = s.getSuperClass()) {
            if (hasTable(s.asErasure())) {
                return false; // the root of the hierarchy holds the field
            }
        }
        return true;
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription type,
                                        ClassFileLocator classFileLocator) {
        return builder
                .implement(StateCarrier.class)
                .defineField(FIELD, Object.class, Visibility.PRIVATE, FieldPersistence.TRANSIENT, SyntheticState.SYNTHETIC)
                // final: a lazy-loading proxy (a generated subclass) must not intercept them
                .defineMethod(FIELD, Object.class, Visibility.PUBLIC, MethodManifestation.FINAL)
                .intercept(FieldAccessor.ofField(FIELD))
                .defineMethod(FIELD, void.class, Visibility.PUBLIC, MethodManifestation.FINAL)
                .withParameters(Object.class)
                .intercept(FieldAccessor.ofField(FIELD));
    }

    @Override
    public void close() {
        // nothing held between types
    }

    private static boolean hasTable(TypeDescription type) {
        return type.getDeclaredAnnotations().isAnnotationPresent(Table.class);
    }
}
