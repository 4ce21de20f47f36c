package dev.ormkit.spring.data;

import dev.ormkit.spring.boot.autoconfigure.OrmAutoConfiguration;
import dev.ormkit.spring.boot.autoconfigure.OrmRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.core.NestedExceptionUtils;

/** What the repository start-up tests share: a context with repositories on an embedded database, and its failure's root message. */
public final class RepositoryStartups {
    private RepositoryStartups() {
    }

    /** DataSource, transactions, ormkit and its repositories on a fresh in-memory database, schema created. */
    public static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        OrmAutoConfiguration.class, OrmRepositoriesAutoConfiguration.class))
                .withPropertyValues("spring.datasource.generate-unique-name=true", "orm.ddl-auto=create");
    }

    /** The message of the deepest cause of a start-up failure: where Spring Data and ormkit say what is wrong. */
    public static String rootMessage(Throwable failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
    }
}
