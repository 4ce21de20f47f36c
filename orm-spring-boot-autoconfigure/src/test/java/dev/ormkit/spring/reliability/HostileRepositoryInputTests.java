package dev.ormkit.spring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import dev.ormkit.engine.DatabaseUrl;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.reliability.badinput.HostileInputs;
import dev.ormkit.spring.boot.autoconfigure.OrmAutoConfiguration;
import dev.ormkit.spring.boot.autoconfigure.OrmRepositoriesAutoConfiguration;
import dev.ormkit.spring.data.config.EnableOrmRepositories;
import dev.ormkit.spring.reliability.broken.arguments.ArgumentsRepository;
import dev.ormkit.spring.reliability.broken.nested.NestedRepository;
import dev.ormkit.spring.reliability.broken.orderby.OrderByRepository;
import dev.ormkit.spring.reliability.broken.typo.TypoRepository;
import dev.ormkit.spring.reliability.model.Account;
import dev.ormkit.spring.reliability.model.AccountRepository;
import dev.ormkit.spring.reliability.model.Team;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Hostile input through Spring Data repositories on every database: values in derived
 * queries round-trip and LIKE keywords match wildcard characters literally; a {@code Pageable}
 * sort coming from a web request by a column name, an injection or a relation path fails with
 * the property named, before any statement runs; malformed method names fail at start-up.
 */
class HostileRepositoryInputTests {
    private static final AtomicInteger TRIED = new AtomicInteger();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    OrmAutoConfiguration.class, OrmRepositoriesAutoConfiguration.class))
            .withPropertyValues("orm.ddl-auto=create", "spring.datasource.hikari.maximum-pool-size=2");

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Account.class)
    @EnableOrmRepositories(basePackageClasses = AccountRepository.class)
    static class Accounts {
    }

    @AfterAll
    static void report() {
        System.out.println("bad input (repositories): " + TRIED.get() + " inputs tried");
    }

    private ApplicationContextRunner on(TestDatabase db) {
        DatabaseUrl url = DatabaseUrl.parse(db.url());
        return runner.withPropertyValues("spring.datasource.url=" + url.jdbcUrl(),
                "spring.datasource.username=" + (url.username() == null ? "" : url.username()),
                "spring.datasource.password=" + (url.password() == null ? "" : url.password()));
    }

    private static String rootMessage(Throwable t) {
        return NestedExceptionUtils.getMostSpecificCause(t).getMessage();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void hostileValuesAndSortsThroughRepositories(DatabaseKind kind) {
        SpringDatabases.assumeAvailable(kind);
        TestDatabase db = SpringDatabases.fresh(kind, "rb_repositories");
        try {
            on(db).withUserConfiguration(Accounts.class).run(context -> {
                assertThat(context).hasNotFailed();
                AccountRepository accounts = context.getBean(AccountRepository.class);
                Engine engine = context.getBean(Engine.class);
                Team team = new Team("blue");
                List<String> values = HostileInputs.shortValues();
                List<Account> saved = new ArrayList<>();
                for (String v : values) {
                    saved.add(new Account(v, "hash-of-" + v.length(), team));
                }
                accounts.saveAll(saved);
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    Long id = saved.get(i).getId();
                    assertThat(accounts.findById(id)).get().extracting(Account::getUsername).isEqualTo(v);
                    assertThat(accounts.findByUsername(v)).extracting(Account::getId).contains(id);
                    assertThat(accounts.findFirstByUsernameOrderByIdDesc(v)).isPresent();
                    TRIED.addAndGet(3);
                }
                // Containing / StartingWith take the text literally: % _ and \ are not wildcards
                for (String part : List.of("%", "_", "\\", "%_%", "\\%", "'", "50% off_")) {
                    List<String> found = accounts.findByUsernameContaining(part).stream().map(Account::getUsername).toList();
                    assertThat(found).isNotEmpty().allSatisfy(name -> assertThat(name).contains(part));
                    assertThat(accounts.findByUsernameStartingWith(part)).extracting(Account::getUsername)
                            .allSatisfy(name -> assertThat(name).startsWith(part));
                    TRIED.addAndGet(2);
                }
                // sorts from a web request: a column name, injections, a relation path, an expression
                List<String> sorts = new ArrayList<>(List.of("password_hash", "id; DROP TABLE rb_accounts",
                        "id DESC; DELETE FROM rb_accounts", "team.name", "team", "(SELECT password_hash FROM rb_accounts)",
                        "1", "username,passwordHash", "team_id"));
                sorts.addAll(HostileInputs.names().stream().filter(n -> !n.isBlank()).toList());
                try (StatementCounter counter = StatementCounter.on(engine)) {
                    for (String property : sorts) {
                        assertThatThrownBy(() -> accounts.findAll(PageRequest.of(0, 5, Sort.by(property))))
                                .satisfies(e -> assertThat(rootMessage(e)).contains(property));
                        assertThatThrownBy(() -> accounts.findByTeamId(team.getId(), PageRequest.of(0, 5, Sort.by(property))))
                                .satisfies(e -> assertThat(rootMessage(e)).contains(property));
                        assertThatThrownBy(() -> accounts.findAll(Sort.by(Sort.Direction.DESC, property)))
                                .satisfies(e -> assertThat(rootMessage(e)).contains(property));
                        TRIED.addAndGet(3);
                    }
                    assertThat(counter.statements()).as("statements run for refused sorts").isEmpty();
                }
                // the table is intact, and a mapped property sorts
                assertThat(accounts.count()).isEqualTo(values.size());
                assertThat(accounts.findAll(PageRequest.of(0, 3, Sort.by("username").descending().and(Sort.by("id"))))
                        .getContent()).hasSize(3);
            });
        } finally {
            SpringDatabases.drop(db);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Account.class)
    @EnableOrmRepositories(basePackageClasses = TypoRepository.class)
    static class Typo {
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Account.class)
    @EnableOrmRepositories(basePackageClasses = NestedRepository.class)
    static class Nested {
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Account.class)
    @EnableOrmRepositories(basePackageClasses = ArgumentsRepository.class)
    static class Arguments {
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Account.class)
    @EnableOrmRepositories(basePackageClasses = OrderByRepository.class)
    static class OrderBy {
    }

    /** Every message of the start-up failure's cause chain, outermost first. */
    private String startUpFailure(Class<?> configuration) {
        StringBuilder messages = new StringBuilder();
        runner.withPropertyValues("spring.datasource.generate-unique-name=true").withUserConfiguration(configuration)
                .run(context -> {
                    assertThat(context).hasFailed();
                    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                        messages.append(t.getMessage()).append('\n');
                    }
                    TRIED.incrementAndGet();
                });
        return messages.toString();
    }

    @Test
    void malformedMethodNamesFailAtStartUp() {
        String typo = startUpFailure(Typo.class);
        String nested = startUpFailure(Nested.class);
        String arguments = startUpFailure(Arguments.class);
        String orderBy = startUpFailure(OrderBy.class);
        assertThat(typo).as(typo).contains("typoRepository").contains("No property 'andd' found")
                .contains("Account.username");
        assertThat(nested).as(nested).contains("nestedRepository").contains("nickname").contains("Team");
        assertThat(arguments).as(arguments).contains("argumentsRepository").contains("findByUsernameAndPasswordHash");
        assertThat(orderBy).as(orderBy).contains("orderByRepository").contains("No property 'password' found for type 'Account'");
    }
}
