package dev.ormkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.bench.enhanced.EnhancedPost;
import dev.ormkit.bench.enhanced.EnhancedUser;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;
import dev.ormkit.orm.StateCarrier;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The report places every benchmark by its annotations: these checks keep a new benchmark
 * method from being left out of the report or compared with the wrong baseline. The
 * benchmarks themselves are never run by the build.
 */
class SuiteLayoutTest {
    private static final List<Class<?>> WORKLOADS = List.of(InsertPostsBenchmark.class, LoadPostsBenchmark.class,
            GetPostBenchmark.class, UsersWithPostsBenchmark.class, UpdatePostsBenchmark.class, LazyLoadBenchmark.class,
            WebRequestBenchmark.class);

    @Test
    void workloadsAreNumberedOneToSeven() {
        List<Integer> numbers = new ArrayList<>();
        for (Class<?> type : WORKLOADS) {
            Workload w = type.getAnnotation(Workload.class);
            assertThat(w).as("@Workload on %s", type.getSimpleName()).isNotNull();
            assertThat(w.target()).as("target of %s", type.getSimpleName()).isGreaterThan(1.0);
            numbers.add(w.number());
        }
        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void everyBenchmarkMethodHasAVariantInADeclaredGroup() {
        for (Class<?> type : WORKLOADS) {
            Set<String> groups = new HashSet<>(Arrays.asList(type.getAnnotation(Workload.class).groups()));
            for (Method m : benchmarks(type)) {
                Variant v = m.getAnnotation(Variant.class);
                assertThat(v).as("@Variant on %s.%s", type.getSimpleName(), m.getName()).isNotNull();
                assertThat(groups).as("group of %s.%s", type.getSimpleName(), m.getName()).contains(v.group());
                assertThat(v.note()).as("note of %s.%s", type.getSimpleName(), m.getName()).isNotBlank();
            }
        }
    }

    @Test
    void everyGroupHasOneJdbcBaselineAndAnOrmkitVariant() {
        for (Class<?> type : WORKLOADS) {
            Map<String, List<Variant>> byGroup = new HashMap<>();
            for (Method m : benchmarks(type)) {
                Variant v = m.getAnnotation(Variant.class);
                byGroup.computeIfAbsent(v.group(), g -> new ArrayList<>()).add(v);
            }
            for (String group : type.getAnnotation(Workload.class).groups()) {
                List<Variant> variants = byGroup.getOrDefault(group, List.of());
                assertThat(variants.stream().filter(Variant::baseline))
                        .as("baseline of %s, group '%s'", type.getSimpleName(), group)
                        .singleElement()
                        .extracting(Variant::value)
                        .isEqualTo(Implementation.JDBC);
                assertThat(variants).extracting(Variant::value)
                        .as("implementations of %s, group '%s'", type.getSimpleName(), group)
                        .contains(Implementation.ORMKIT, Implementation.HIBERNATE);
            }
        }
    }

    @Test
    void theLoadingWorkloadsAlsoRunTheBaseDerivedAndTheEnhancedModels() {
        for (Class<?> type : List.of(LoadPostsBenchmark.class, UsersWithPostsBenchmark.class)) {
            for (String group : type.getAnnotation(Workload.class).groups()) {
                for (Implementation inField : List.of(Implementation.ORMKIT_BASE, Implementation.ORMKIT_ENHANCED)) {
                    assertThat(benchmarks(type)).as("%s, group '%s', %s", type.getSimpleName(), group, inField)
                            .anyMatch(m -> m.getAnnotation(Variant.class).value() == inField
                                    && m.getAnnotation(Variant.class).group().equals(group));
                }
            }
        }
    }

    /** The build ran Byte Buddy's plugin over the enhanced model, which found ormkit's on the class path. */
    @Test
    void theEnhancedModelCarriesItsStatesAndThePlainOneDoesNot() throws Exception {
        for (Class<?> type : List.of(EnhancedUser.class, EnhancedPost.class)) {
            assertThat(StateCarrier.class).as("%s enhanced by the build", type.getSimpleName()).isAssignableFrom(type);
            Field field = type.getDeclaredField("$ormkitState");
            assertThat(Modifier.isTransient(field.getModifiers()) && field.isSynthetic()).isTrue();
        }
        for (Class<?> type : List.of(User.class, Post.class)) {
            assertThat(StateCarrier.class.isAssignableFrom(type)).as("%s left plain", type.getSimpleName()).isFalse();
        }
    }

    private static List<Method> benchmarks(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)) {
                methods.add(m);
            }
        }
        assertThat(methods).as("benchmarks of %s", type.getSimpleName()).isNotEmpty();
        return methods;
    }
}
