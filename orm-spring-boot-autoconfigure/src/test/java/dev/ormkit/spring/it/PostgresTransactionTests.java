package dev.ormkit.spring.it;

import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresTransactionTests extends TransactionBehaviour {

    @BeforeAll
    static void available() {
        SpringDatabases.assumeAvailable(DatabaseKind.POSTGRESQL);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        datasource(registry, DatabaseKind.POSTGRESQL);
    }

    /** The transaction's timeout cancels a statement that is running, not only the next one. */
    @Test
    void timeoutCancelsARunningStatement() {
        TransactionTemplate t = tx(TransactionDefinition.PROPAGATION_REQUIRED);
        t.setTimeout(1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> t.executeWithoutResult(status -> session.execute(text("SELECT pg_sleep(5)"))))
                .isInstanceOf(QueryTimeoutException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
    }
}
