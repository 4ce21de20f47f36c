package dev.ormkit.enhance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.model.Employee;
import dev.ormkit.model.Engineer;
import dev.ormkit.model.lifecycle.BaseAuthor;
import dev.ormkit.model.lifecycle.PlainAuthor;
import dev.ormkit.model.lifecycle.PlainBook;
import dev.ormkit.orm.StateCarrier;
import dev.ormkit.schema.MetaData;
import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.Test;

/** What the build-time enhancement adds to a mapped class, and which classes it leaves alone. */
class StateFieldPluginTest {
    private final StateFieldPlugin plugin = new StateFieldPlugin();

    @Test
    void aTableClassGetsATransientSyntheticFieldAndFinalAccessors() throws Exception {
        Class<?> author = EnhancedClasses.of(PlainAuthor.class, PlainBook.class).load(PlainAuthor.class);
        assertThat(author).isNotSameAs(PlainAuthor.class);
        assertThat(StateCarrier.class).isAssignableFrom(author);

        Field field = author.getDeclaredField("$ormkitState");
        assertThat(field.getType()).isEqualTo(Object.class);
        assertThat(Modifier.isPrivate(field.getModifiers())).isTrue();
        assertThat(Modifier.isTransient(field.getModifiers())).isTrue();
        assertThat(field.isSynthetic()).isTrue();
        for (Method m : new Method[] {author.getMethod("$ormkitState"), author.getMethod("$ormkitState", Object.class)}) {
            assertThat(m.getDeclaringClass()).isEqualTo(author);
            assertThat(Modifier.isFinal(m.getModifiers())).as("%s is final", m).isTrue();
            assertThat(m.isSynthetic()).as("%s is visible to javac", m).isFalse();
        }

        StateCarrier carrier = (StateCarrier) author.getConstructor(String.class).newInstance("ann");
        assertThat(carrier.$ormkitState()).isNull();
        Object state = new Object();
        carrier.$ormkitState(state);
        assertThat(carrier.$ormkitState()).isSameAs(state);
        assertThat(field.trySetAccessible()).isTrue();
        assertThat(field.get(carrier)).isSameAs(state);
    }

    @Test
    void theMappingDoesNotSeeTheField() {
        EnhancedClasses classes = EnhancedClasses.of(PlainAuthor.class, PlainBook.class);
        MetaData plain = MetaData.of(PlainAuthor.class, PlainBook.class);
        MetaData enhanced = MetaData.of(classes.load(PlainAuthor.class), classes.load(PlainBook.class));
        for (String table : new String[] {"plain_authors", "plain_books"}) {
            assertThat(enhanced.getTable(table).columns()).extracting(c -> c.name())
                    .containsExactlyElementsOf(plain.getTable(table).columns().stream().map(c -> c.name()).toList());
        }
    }

    @Test
    void enhancingTwiceChangesNothingMore() {
        Class<?> once = EnhancedClasses.of(PlainAuthor.class, PlainBook.class).load(PlainAuthor.class);
        assertThat(plugin.matches(TypeDescription.ForLoadedType.of(once))).isFalse();
    }

    @Test
    void classesThatNeedNoFieldAreLeftAlone() {
        assertThat(plugin.matches(TypeDescription.ForLoadedType.of(PlainAuthor.class))).isTrue();
        assertThat(plugin.matches(TypeDescription.ForLoadedType.of(Employee.class))).as("root of a hierarchy").isTrue();
        assertThat(plugin.matches(TypeDescription.ForLoadedType.of(Engineer.class)))
                .as("a subclass inherits the root's field").isFalse();
        assertThat(plugin.matches(TypeDescription.ForLoadedType.of(BaseAuthor.class))).as("a Base subclass").isFalse();
        assertThat(plugin.matches(TypeDescription.ForLoadedType.of(HandWritten.class))).as("a StateCarrier already").isFalse();
        assertThat(plugin.matches(TypeDescription.ForLoadedType.of(NotMapped.class))).as("no @Table").isFalse();
        assertThat(plugin.matches(TypeDescription.ForLoadedType.of(Mapped.class))).as("an interface").isFalse();
    }

    @Test
    void aSubclassOfAnEnhancedRootIsACarrierThroughIt() {
        EnhancedClasses classes = EnhancedClasses.of(Employee.class, Engineer.class);
        Class<?> engineer = classes.load(Engineer.class);
        assertThat(StateCarrier.class).isAssignableFrom(engineer);
        assertThat(engineer.getDeclaredFields()).extracting(Field::getName).doesNotContain("$ormkitState");
    }

    static class NotMapped {
        @Column(primaryKey = true) Long id;
    }

    @Table("mapped")
    interface Mapped {
    }

    @Table("hand_written")
    static class HandWritten implements StateCarrier {
        @Column(primaryKey = true) Long id;
        private transient Object $ormkitState;

        @Override
        public final Object $ormkitState() {
            return $ormkitState;
        }

        @Override
        public final void $ormkitState(Object state) {
            $ormkitState = state;
        }
    }
}
