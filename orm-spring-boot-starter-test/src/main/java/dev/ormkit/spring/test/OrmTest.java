package dev.ormkit.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.ormkit.orm.NPlusOneMode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test slice for ormkit code, as {@code @DataJdbcTest} is for Spring Data JDBC: only the
 * DataSource, transaction, JDBC and ormkit auto-configurations (no web, no other beans of the
 * application than those {@link #includeFilters()} names), an embedded database in place of
 * the application's unless {@code @AutoConfigureTestDatabase(replace = NONE)} or a
 * {@code @ServiceConnection} says otherwise, each test in a transaction rolled back at its
 * end, and N+1 detection in {@code raise} mode, so a lazy load in a loop fails the test that
 * causes it.
 *
 * <pre>{@code
 * @OrmTest
 * class UserQueriesTest {
 *     @Autowired Session session;
 *
 *     @Test
 *     void findsActiveUsers() {
 *         session.add(new User("alice", ...));
 *         assertThat(session.query(User.class).filterBy("isActive", true).count()).isEqualTo(1);
 *     }   // rolled back
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(OrmTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(OrmTypeExcludeFilter.class)
@Transactional
@AutoConfigureJdbc
@AutoConfigureOrm
@AutoConfigureTestDatabase
@ImportAutoConfiguration
public @interface OrmTest {

    /** Properties in {@code key=value} form added to the environment before the test runs. */
    String[] properties() default {};

    /** What sessions do on N+1 queries in this test; {@code RAISE} unless said otherwise. */
    @AliasFor(annotation = AutoConfigureOrm.class, attribute = "nPlusOne")
    NPlusOneMode nPlusOne() default NPlusOneMode.RAISE;

    /** Whether the application's @Component classes are left out (true) except those included below. */
    boolean useDefaultFilters() default true;

    /** Application components to add to the slice (a service under test, say). */
    Filter[] includeFilters() default {};

    /** Components to leave out of the slice. */
    Filter[] excludeFilters() default {};

    /** Auto-configurations to leave out of the slice. */
    @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
    Class<?>[] excludeAutoConfiguration() default {};
}
