package dev.ormkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.ormkit.exc.MappingException;
import dev.ormkit.mapping.elsewhere.Audited;
import dev.ormkit.mapping.elsewhere.Isolated;
import dev.ormkit.orm.Base;
import org.junit.jupiter.api.Test;

/**
 * Field reads and writes through the generated accessor classes and through the method handles
 * that stand in where no accessor can be defined: both give the same values, the same zeros for
 * null and the same exceptions.
 */
class FieldAccessTest {
    private enum Mood { CALM, CROSS }

    @SuppressWarnings("unused")
    static class Kinds {
        private boolean aBoolean;
        char aChar;
        protected byte aByte;
        public short aShort;
        private int anInt;
        long aLong;
        protected float aFloat;
        public double aDouble;
        private Boolean boxedBoolean;
        Character boxedChar;
        protected Byte boxedByte;
        public Short boxedShort;
        private Integer boxedInt;
        Long boxedLong;
        protected Float boxedFloat;
        public Double boxedDouble;
        private String text;
        private Object anything;
        private byte[] bytes;
        private Mood mood;
        private List<String> names;

        private Kinds() {
        }
    }

    @Table("twins_a")
    static class TwinA {
        @Column(primaryKey = true) private Long id;
        @Column(length = 20) private String name;
    }

    @Table("twins_b")
    static class TwinB {
        @Column(primaryKey = true) private Long id;
        @Column(length = 20) private String name;
    }

    @Table("audited_notes")
    static class Note extends Audited {
        @Column(primaryKey = true) private Long id;
        @Column(length = 20) private String body;

        private Note() {
        }
    }

    @Table("based_notes")
    static class BasedNote extends Base {
        @Column(primaryKey = true) private Long id;
        @Column private int stars;

        private BasedNote() {
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                out.add(f);
            }
        }
        return out;
    }

    private static Object sample(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == char.class || type == Character.class) {
            return 'x';
        } else if (type == byte.class || type == Byte.class) {
            return (byte) -7;
        } else if (type == short.class || type == Short.class) {
            return (short) 300;
        } else if (type == int.class || type == Integer.class) {
            return 70_000;
        } else if (type == long.class || type == Long.class) {
            return 5_000_000_000L;
        } else if (type == float.class || type == Float.class) {
            return 1.5f;
        } else if (type == double.class || type == Double.class) {
            return 2.25d;
        } else if (type == byte[].class) {
            return new byte[] {1, 2};
        } else if (type == Mood.class) {
            return Mood.CROSS;
        } else if (type == List.class) {
            return List.of("a");
        }
        return "text";
    }

    private static Object zero(Class<?> type) {
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

    @Test
    void everyKindOfFieldIsReadAndWrittenThroughTheGeneratedAccessor() throws Exception {
        var ctor = Kinds.class.getDeclaredConstructor();
        for (Field f : fields(Kinds.class)) {
            FieldAccess access = FieldAccess.of(f);
            assertThat(access.resolved()).as(f.getName()).isInstanceOf(GeneratedFieldAccess.class);
            Kinds k = ctor.newInstance();
            Object value = sample(f.getType());
            access.set(k, value);
            f.setAccessible(true);
            assertThat(f.get(k)).as(f.getName()).isEqualTo(value);
            assertThat(access.get(k)).as(f.getName()).isEqualTo(value);
            access.set(k, null);
            assertThat(access.get(k)).as(f.getName()).isEqualTo(f.getType().isPrimitive() ? zero(f.getType()) : null);
        }
    }

    @Test
    void aFieldMovesToTheGeneratedAccessorOnlyAfterItsWarmUpUses() throws Exception {
        Field f = Kinds.class.getDeclaredField("anInt");
        FieldAccess access = FieldAccess.of(f);
        Kinds k = Kinds.class.getDeclaredConstructor().newInstance();
        access.set(k, 1);
        for (int i = 2; i < AccessorClasses.USES_BEFORE_GENERATING; i++) {
            assertThat(access.generatedNow()).as("after %d uses", i - 1).isFalse();
            access.set(k, i);
        }
        assertThat(access.get(k)).isEqualTo(AccessorClasses.USES_BEFORE_GENERATING - 1);
        assertThat(access.generatedNow()).isTrue();
        access.set(k, 7);
        assertThat(access.get(k)).isEqualTo(7);
    }

    @Test
    void theMethodHandlesGiveTheSameValuesAndTheSameFailures() throws Exception {
        Object[] values = {null, true, 'c', (byte) 5, (short) 6, 7, 8L, 9.5f, 10.5d, new BigDecimal("11"), "twelve",
                Mood.CALM, new byte[] {3}, List.of("x")};
        var ctor = Kinds.class.getDeclaredConstructor();
        for (Field f : fields(Kinds.class)) {
            FieldAccess generated = FieldAccess.of(f, true);
            FieldAccess handles = FieldAccess.of(f, false);
            assertThat(handles.resolved()).isInstanceOf(HandleFieldAccess.class);
            for (Object value : values) {
                String what = f.getName() + " <- " + (value == null ? "null" : value.getClass().getSimpleName());
                assertThat(outcome(generated, ctor.newInstance(), value)).as(what)
                        .isEqualTo(outcome(handles, ctor.newInstance(), value));
            }
            // an object of another class: the same exception (the JVM's cast words its message differently)
            assertThat(outcome(generated, "not a Kinds", null)).as(f.getName()).startsWith("java.lang.ClassCastException: ");
            assertThat(outcome(handles, "not a Kinds", null)).as(f.getName()).startsWith("java.lang.ClassCastException: ");
        }
    }

    /** What writing {@code value} and reading it back gives: the value read, or the exception's class and message. */
    private static String outcome(FieldAccess access, Object entity, Object value) {
        try {
            access.set(entity, value);
            Object read = access.get(entity);
            return "read " + (read instanceof byte[] b ? java.util.Arrays.toString(b) : Objects.toString(read));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void fieldsOfASuperclassInAnotherPackageGoThroughThatClassesAccessor() {
        EntityMapping<Note> mapping = EntityMapping.of(Note.class);
        Note note = mapping.newInstance();
        for (String name : List.of("createdBy", "revision", "flags", "archived", "id", "body")) {
            ColumnAttribute a = mapping.columnAttribute(name);
            assertThat(a.access().resolved()).as(name).isInstanceOf(GeneratedFieldAccess.class);
        }
        mapping.columnAttribute("createdBy").set(note, "ann");
        mapping.columnAttribute("revision").set(note, 4L);
        mapping.columnAttribute("flags").set(note, 3);
        mapping.columnAttribute("archived").set(note, Boolean.TRUE);
        mapping.columnAttribute("body").set(note, "hello");
        assertThat(note.createdBy()).isEqualTo("ann");
        assertThat(note.flags()).isEqualTo(3);
        assertThat(note.archived).isTrue();
        assertThat(note.body).isEqualTo("hello");
        assertThat(mapping.columnAttribute("revision").get(note)).isEqualTo(4L);
        mapping.columnAttribute("revision").set(note, null);
        assertThat(mapping.columnAttribute("revision").get(note)).isEqualTo(0L);
    }

    @Test
    void subclassesOfBaseGetAccessorsAndInstancesToo() {
        EntityMapping<BasedNote> mapping = EntityMapping.of(BasedNote.class);
        BasedNote note = mapping.newInstance();
        assertThat(mapping.columnAttribute("stars").access().resolved()).isInstanceOf(GeneratedFieldAccess.class);
        assertThat(AccessorClasses.of(BasedNote.class).instantiator()).isNotNull();
        mapping.columnAttribute("stars").set(note, 5);
        mapping.columnAttribute("id").set(note, 9L);
        assertThat(note.stars).isEqualTo(5);
        assertThat(mapping.identityKey(note)).isNotNull();
        assertThat(mapping.newInstance()).isNotSameAs(note).isExactlyInstanceOf(BasedNote.class);
    }

    @Test
    void classesWithTheSameFieldNamesKeepTheirOwnAccessors() {
        EntityMapping<TwinA> a = EntityMapping.of(TwinA.class);
        EntityMapping<TwinB> b = EntityMapping.of(TwinB.class);
        TwinA ta = a.newInstance();
        TwinB tb = b.newInstance();
        a.columnAttribute("name").set(ta, "a");
        b.columnAttribute("name").set(tb, "b");
        assertThat(ta.name).isEqualTo("a");
        assertThat(tb.name).isEqualTo("b");
        assertThat(a.columnAttribute("name").get(ta)).isEqualTo("a");
        assertThat(b.columnAttribute("name").get(tb)).isEqualTo("b");
        assertThatThrownBy(() -> a.columnAttribute("name").get(tb)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void aClassThatCannotHaveANestmateFallsBackToMethodHandlesWithTheSameBehaviour() throws Exception {
        Class<?> isolated = new ChildFirstLoader(Isolated.class.getName()).loadClass(Isolated.class.getName());
        assertThat(isolated).isNotSameAs(Isolated.class);
        assertThat(AccessorClasses.of(isolated).access(isolated.getDeclaredField("name"))).isNull();
        assertThat(AccessorClasses.of(isolated).instantiator()).isNull();

        EntityMapping<?> mapping = EntityMapping.of(isolated);
        Object entity = mapping.newInstance();
        assertThat(entity).isExactlyInstanceOf(isolated);
        for (ColumnAttribute a : mapping.columnAttributes()) {
            assertThat(a.access().resolved()).as(a.name()).isInstanceOf(HandleFieldAccess.class);
        }
        mapping.columnAttribute("id").set(entity, 3L);
        mapping.columnAttribute("name").set(entity, "x");
        mapping.columnAttribute("count").set(entity, null);
        assertThat(mapping.columnAttribute("name").get(entity)).isEqualTo("x");
        assertThat(mapping.columnAttribute("count").get(entity)).isEqualTo(0);
        assertThat(mapping.identityKey(entity)).isNotNull();
        assertThatThrownBy(() -> mapping.columnAttribute("count").set(entity, 1L))
                .isInstanceOf(ClassCastException.class).hasMessage("Cannot cast java.lang.Long to java.lang.Integer");
    }

    @Test
    void mappingErrorsAreTheSameAsBefore() throws Exception {
        class WithFinal {
            @SuppressWarnings("unused") final String name = "n";
        }
        assertThatThrownBy(() -> FieldAccess.of(WithFinal.class.getDeclaredField("name")))
                .isInstanceOf(MappingException.class).hasMessageContaining("a mapped field cannot be final");
    }

    /** Loads the named class itself, from the test classes, and delegates everything else. */
    private static final class ChildFirstLoader extends ClassLoader {
        private final String name;

        ChildFirstLoader(String name) {
            super(FieldAccessTest.class.getClassLoader());
            this.name = name;
        }

        @Override
        protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            if (!className.equals(name)) {
                return super.loadClass(className, resolve);
            }
            synchronized (getClassLoadingLock(className)) {
                Class<?> c = findLoadedClass(className);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(className.replace('.', '/') + ".class")) {
                        byte[] bytes = Objects.requireNonNull(in).readAllBytes();
                        c = defineClass(className, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(className, e);
                    }
                }
                return c;
            }
        }
    }
}
