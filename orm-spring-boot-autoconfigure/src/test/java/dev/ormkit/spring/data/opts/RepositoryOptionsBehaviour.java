package dev.ormkit.spring.data.opts;

import static dev.ormkit.orm.Load.selectinLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import dev.ormkit.engine.DatabaseUrl;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.LazyLoadRaisedException;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Sql;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loader options per method and per call (exact statement counts), paging with eager loading,
 * typed predicates, auditing, custom fragments and Boot's repository metric, in a real Spring
 * context; the same body on each database, one subclass per database.
 */
@SpringBootTest(classes = RoTestApplication.class, properties = "orm.ddl-auto=create")
abstract class RepositoryOptionsBehaviour {

    @Autowired RoUserRepository users;
    @Autowired Engine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired RoTestApplication.Auditor auditor;
    @Autowired RoTestApplication.AuditClock clock;
    @Autowired MeterRegistry meters;

    /** Points Boot's DataSource at the scratch database of {@code kind}. */
    static void datasource(DynamicPropertyRegistry registry, DatabaseKind kind) {
        DatabaseUrl url = SpringDatabases.database(kind);
        registry.add("spring.datasource.url", url::jdbcUrl);
        registry.add("spring.datasource.username", () -> url.username() == null ? "" : url.username());
        registry.add("spring.datasource.password", () -> url.password() == null ? "" : url.password());
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        if (kind == DatabaseKind.SQLITE) {
            registry.add("spring.datasource.hikari.data-source-properties.foreign_keys", () -> "true");
            registry.add("spring.datasource.hikari.data-source-properties.busy_timeout", () -> "5000");
        }
    }

    @BeforeEach
    void data() {
        auditor.current = "alice";
        clock.now = LocalDateTime.of(2026, 1, 1, 10, 0);
        RoUser ann = new RoUser("ann", 30, true)
                .add(new RoPost("a1").add(new RoComment("c1")).add(new RoComment("c2")))
                .add(new RoPost("a2").add(new RoComment("c3")));
        RoUser ben = new RoUser("ben", 40, true).add(new RoPost("b1"));
        RoUser cat = new RoUser("cat", 20, false).add(new RoPost("c1").add(new RoComment("c4")));
        RoUser dan = new RoUser("dan", 50, true);
        RoUser eve = new RoUser("eve", null, true).add(new RoPost("e1"));
        users.saveAll(List.of(ann, ben, cat, dan, eve));
    }

    @AfterEach
    void emptyTables() {
        jdbc.update("DELETE FROM ro_comments");
        jdbc.update("DELETE FROM ro_posts");
        jdbc.update("DELETE FROM ro_users");
    }

    private static List<String> names(List<RoUser> found) {
        return found.stream().map(RoUser::getUsername).toList();
    }

    private static List<Integer> postCounts(List<RoUser> found) {
        return found.stream().map(u -> u.getPosts().size()).toList();
    }

    private static String sql(StatementCounter counter, int index) {
        return counter.statements().get(index).toLowerCase(Locale.ROOT);
    }

    /** LIMIT, or the standard FETCH FIRST that H2 renders. */
    private static boolean limits(String sql) {
        return sql.contains(" limit ") || sql.contains(" fetch first ");
    }

    // --- per method -----------------------------------------------------------------------------

    @Test
    void selectinPerMethodLoadsTheCollectionsWithOneInSelect() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                List<RoUser> found = users.findByActiveOrderByUsername(true);
                assertThat(names(found)).containsExactly("ann", "ben", "dan", "eve");
                assertThat(postCounts(found)).containsExactly(2, 1, 0, 1);
                assertThat(counter.selects()).isEqualTo(2);
                assertThat(sql(counter, 1)).contains("ro_posts").contains(" in (");
            }
        });
    }

    @Test
    void joinedThenSelectinAlongADottedPath() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                List<RoUser> found = users.findByAgeGreaterThanOrderByUsername(25);
                assertThat(names(found)).containsExactly("ann", "ben", "dan");
                assertThat(postCounts(found)).containsExactly(2, 1, 0);
                assertThat(found.stream().flatMap(u -> u.getPosts().stream()).mapToInt(p -> p.getComments().size()).sum())
                        .isEqualTo(3);
                assertThat(counter.selects()).isEqualTo(2); // users JOIN posts, then comments IN (...)
                assertThat(sql(counter, 0)).contains("join ro_posts");
                assertThat(sql(counter, 1)).contains("ro_comments").contains(" in (");
            }
        });
    }

    @Test
    void subqueryPerMethod() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                List<RoUser> found = users.findByAgeLessThanOrderByUsername(35);
                assertThat(names(found)).containsExactly("ann", "cat");
                assertThat(postCounts(found)).containsExactly(2, 1);
                assertThat(counter.selects()).isEqualTo(2);
                assertThat(sql(counter, 1)).contains("ro_posts").contains("ro_users");
            }
        });
    }

    @Test
    void raisePerMethodForbidsTheLazyLoad() {
        tx.executeWithoutResult(s -> {
            List<RoUser> found = users.findByUsernameStartingWith("an");
            assertThat(names(found)).containsExactly("ann");
            assertThatThrownBy(() -> found.get(0).getPosts().size()).isInstanceOf(LazyLoadRaisedException.class);
        });
    }

    @Test
    void declaredQueryWithJoinedPathLoadsByAnInSelect() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                List<RoUser> found = users.olderThan(30);
                assertThat(names(found)).containsExactly("ann", "ben", "dan");
                assertThat(postCounts(found)).containsExactly(2, 1, 0);
                assertThat(counter.selects()).isEqualTo(2);
                assertThat(sql(counter, 1)).contains("ro_posts").contains(" in (");
            }
        });
    }

    // --- per call -------------------------------------------------------------------------------

    @Test
    void optionsPerCallAreIgnoredByDerivationAndApplied() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                RoUser ann = users.findByUsername("ann", selectinLoad(RoUser_.posts).selectinLoad(RoPost_.comments))
                        .orElseThrow();
                assertThat(ann.getPosts()).hasSize(2);
                assertThat(ann.getPosts().get(0).getComments().size() + ann.getPosts().get(1).getComments().size())
                        .isEqualTo(3);
                assertThat(counter.selects()).isEqualTo(3);
            }
        });
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                assertThat(users.findByUsername("ben")).isPresent(); // no option: the users' SELECT alone
                assertThat(counter.selects()).isEqualTo(1);
            }
        });
    }

    @Test
    void optionsPerCallOnADeclaredQuery() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                RoUser ann = users.named("ann", selectinLoad(RoUser_.posts));
                assertThat(ann.getPosts()).hasSize(2);
                assertThat(counter.selects()).isEqualTo(2);
            }
        });
    }

    // --- paging with eager loading --------------------------------------------------------------

    @Test
    void aPageWithSelectinLimitsTheUsersAndLoadsPostsByOneInSelect() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                Page<RoUser> page = users.findByActive(true, PageRequest.of(0, 2, Sort.by("username")));
                assertThat(names(page.getContent())).containsExactly("ann", "ben");
                assertThat(postCounts(page.getContent())).containsExactly(2, 1);
                assertThat(page.getTotalElements()).isEqualTo(4);
                assertThat(counter.selects()).isEqualTo(3); // users LIMIT 2, posts IN (...), count
                assertThat(limits(sql(counter, 0))).isTrue();
                assertThat(sql(counter, 0)).doesNotContain("ro_posts");
                assertThat(sql(counter, 1)).contains("ro_posts").contains(" in (");
                assertThat(sql(counter, 2)).contains("count(");
            }
        });
    }

    @Test
    void aPageWithAJoinedCollectionLimitsTheUsersNotTheJoinedRows() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                Page<RoUser> page = users.readByActive(true, PageRequest.of(0, 2, Sort.by("username")));
                assertThat(names(page.getContent())).containsExactly("ann", "ben"); // ann's two posts do not push ben out
                assertThat(postCounts(page.getContent())).containsExactly(2, 1);
                assertThat(page.getTotalElements()).isEqualTo(4);
                assertThat(counter.selects()).isEqualTo(2); // users limited in a subquery JOIN posts, count
                assertThat(limits(sql(counter, 0))).isTrue();
                Page<RoUser> second = users.readByActive(true, PageRequest.of(1, 2, Sort.by("username")));
                assertThat(names(second.getContent())).containsExactly("dan", "eve");
                assertThat(postCounts(second.getContent())).containsExactly(0, 1);
            }
        });
    }

    @Test
    void aPageWithOptionsPerCall() {
        tx.executeWithoutResult(s -> {
            try (StatementCounter counter = StatementCounter.on(engine)) {
                Page<RoUser> page = users.findByAgeNotNull(PageRequest.of(0, 2, Sort.by("age")), selectinLoad(RoUser_.posts));
                assertThat(names(page.getContent())).containsExactly("cat", "ann");
                assertThat(postCounts(page.getContent())).containsExactly(1, 2);
                assertThat(page.getTotalElements()).isEqualTo(4);
                assertThat(counter.selects()).isEqualTo(3);
                assertThat(limits(sql(counter, 0))).isTrue();
            }
        });
    }

    // --- typed predicates -----------------------------------------------------------------------

    /** {@code username = 'ann' OR (age > 35 AND active)}: a grouping method names cannot express. */
    private static Expression<Boolean> annOrOlderActive() {
        return Sql.or(RoUser_.username.eq("ann"), Sql.and(RoUser_.age.gt(35), RoUser_.active.isTrue()));
    }

    @Test
    void predicatesWithGroupedAndOr() {
        assertThat(names(users.findAll(annOrOlderActive(), Sort.by("username")))).containsExactly("ann", "ben", "dan");
        assertThat(users.findAll(annOrOlderActive())).hasSize(3);
        assertThat(users.count(annOrOlderActive())).isEqualTo(3);
        assertThat(users.exists(annOrOlderActive())).isTrue();
        assertThat(users.exists(RoUser_.age.gt(100))).isFalse();
        assertThat(users.findOne(RoUser_.username.eq("cat"))).get().extracting(RoUser::getAge).isEqualTo(20);
        assertThat(users.findOne(RoUser_.username.eq("zed"))).isEmpty();
        assertThatThrownBy(() -> users.findOne(annOrOlderActive())).isInstanceOf(IncorrectResultSizeDataAccessException.class);
        Page<RoUser> page = users.findAll(annOrOlderActive(), PageRequest.of(1, 2, Sort.by("username").descending()));
        assertThat(names(page.getContent())).containsExactly("ann");
        assertThat(page.getTotalElements()).isEqualTo(3);
    }

    // --- auditing -------------------------------------------------------------------------------

    @Test
    void auditingSetsCreatedFieldsOnInsertAndModifiedFieldsOnUpdate() {
        LocalDateTime created = LocalDateTime.of(2026, 1, 1, 10, 0);
        RoUser fay = users.save(new RoUser("fay", 33, true));
        assertThat(fay.getCreatedAt()).isEqualTo(created);
        assertThat(fay.getCreatedBy()).isEqualTo("alice");
        assertThat(fay.getModifiedAt()).isEqualTo(created);
        assertThat(fay.getModifiedBy()).isEqualTo("alice");

        LocalDateTime later = LocalDateTime.of(2026, 2, 3, 4, 5, 6);
        clock.now = later;
        auditor.current = "bob";
        tx.executeWithoutResult(s -> users.findByUsername("ben").orElseThrow()); // read, unchanged: no UPDATE
        tx.executeWithoutResult(s -> users.findByUsername("fay").orElseThrow().setAge(34));

        RoUser reread = users.findByUsername("fay").orElseThrow();
        assertThat(reread.getAge()).isEqualTo(34);
        assertThat(reread.getCreatedAt()).isEqualTo(created);
        assertThat(reread.getCreatedBy()).isEqualTo("alice");
        assertThat(reread.getModifiedAt()).isEqualTo(later);
        assertThat(reread.getModifiedBy()).isEqualTo("bob");
        RoUser ben = users.findByUsername("ben").orElseThrow();
        assertThat(ben.getModifiedBy()).isEqualTo("alice");
        assertThat(ben.getModifiedAt()).isEqualTo(created);
        assertThat(jdbc.queryForObject("SELECT modified_by FROM ro_users WHERE username = 'fay'", String.class))
                .isEqualTo("bob");
    }

    // --- fragments and metrics ------------------------------------------------------------------

    @Test
    void aCustomFragmentRunsOnTheRepository() {
        List<String> two = tx.execute(s -> users.usernamesWithAtLeast(2));
        List<String> one = tx.execute(s -> users.usernamesWithAtLeast(1));
        assertThat(two).containsExactly("ann");
        assertThat(one).containsExactly("ann", "ben", "cat", "eve");
    }

    @Test
    void bootsRepositoryMetricTimesOrmkitRepositories() {
        users.findByUsername("dan");
        Timer timer = meters.find("spring.data.repository.invocations").tag("repository", "RoUserRepository")
                .tag("method", "findByUsername").tag("state", "SUCCESS").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isGreaterThanOrEqualTo(1);
    }
}
