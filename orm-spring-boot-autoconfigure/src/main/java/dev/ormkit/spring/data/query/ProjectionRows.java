package dev.ormkit.spring.data.query;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.data.projection.ProjectionFactory;

/**
 * Turns result rows into projections by column label: an interface projection becomes Spring
 * Data's proxy over a map of its properties, a record or DTO is made through its constructor
 * with the values of its parameters' names. A label matches a property when they are equal
 * ignoring case and underscores, so {@code author_name} (SQL) and {@code authorName} (Java) meet.
 * Values are converted to the property's Java type (a {@code BIGINT} read as {@code Long} into
 * an {@code int} component, say).
 */
final class ProjectionRows {
    private final Class<?> type;
    private final ProjectionFactory factory;
    /** Property names and their Java types, in constructor order for a DTO. */
    private final Map<String, Class<?>> properties = new LinkedHashMap<>();
    private final @Nullable Constructor<?> constructor;

    ProjectionRows(Class<?> type, ProjectionFactory factory) {
        this.type = type;
        this.factory = factory;
        if (type.isInterface()) {
            for (PropertyDescriptor d : factory.getProjectionInformation(type).getInputProperties()) {
                properties.put(d.getName(), d.getPropertyType());
            }
            this.constructor = null;
        } else {
            this.constructor = constructorOf(type);
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    properties.put(c.getName(), c.getType());
                }
            } else {
                for (Parameter p : constructor.getParameters()) {
                    properties.put(p.getName(), p.getType());
                }
            }
        }
    }

    private static Constructor<?> constructorOf(Class<?> type) {
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical;
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        Constructor<?> widest = null;
        for (Constructor<?> c : constructors) {
            if (widest == null || c.getParameterCount() > widest.getParameterCount()) {
                widest = c;
            }
        }
        if (widest == null || widest.getParameterCount() == 0 || !widest.getParameters()[0].isNamePresent()) {
            throw new IllegalStateException("The projection " + type.getName() + " needs a constructor whose parameter"
                    + " names are the projected properties (a record, or a class compiled with -parameters)");
        }
        widest.setAccessible(true);
        return widest;
    }

    /** The property names, in constructor order for a DTO. */
    List<String> propertyNames() {
        return new ArrayList<>(properties.keySet());
    }

    /** The Java type of {@code property}. */
    Class<?> propertyType(String property) {
        return properties.get(property);
    }

    /** The projection of {@code row}; a property without a column of its name is null (or 0/false for a primitive). */
    Object project(Row row) {
        Map<String, Integer> byName = new HashMap<>();
        List<String> keys = row.keys();
        for (int i = 0; i < keys.size(); i++) {
            byName.putIfAbsent(normalized(keys.get(i)), i);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> p : properties.entrySet()) {
            Integer index = byName.get(normalized(p.getKey()));
            Object value = index == null ? null : JdbcValues.convert(row.get(index), p.getValue());
            values.put(p.getKey(), value);
        }
        return construct(values);
    }

    private Object construct(Map<String, Object> values) {
        if (constructor == null) {
            return factory.createProjection(type, values);
        }
        Object[] arguments = new Object[properties.size()];
        int i = 0;
        for (Map.Entry<String, Class<?>> p : properties.entrySet()) {
            Object v = values.get(p.getKey());
            arguments[i++] = v == null && p.getValue().isPrimitive() ? primitiveDefault(p.getValue()) : v;
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The constructor of the projection " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make the projection " + type.getName(), e);
        }
    }

    /** The zero value of a primitive type, as an unset field has it. */
    private static Object primitiveDefault(Class<?> primitive) {
        return Array.get(Array.newInstance(primitive, 1), 0);
    }

    private static String normalized(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
