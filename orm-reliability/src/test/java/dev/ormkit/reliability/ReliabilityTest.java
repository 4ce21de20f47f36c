package dev.ormkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.reliability.bank.BankService;
import dev.ormkit.reliability.support.Server;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application on a real server behind a real port. Subclasses name the server with
 * {@code @ContextConfiguration(initializers = ServerInitializer.On...)}, so every class on one
 * server shares one context (and one pool). Each test makes accounts of its own.
 */
@SpringBootTest(classes = ReliabilityApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ReliabilityTest {
    @LocalServerPort protected int port;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected DataSource dataSource;
    @Autowired protected SessionFactory sessionFactory;
    @Autowired protected BankService bank;

    /** The server this class runs on. */
    protected abstract Server server();

    /** The application's Hikari pool. */
    protected HikariPoolMXBean pool() {
        try {
            return dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code count} accounts named {@code prefix-i} holding {@code balance} each; their ids. */
    protected List<Long> openAccounts(String prefix, int count, long balance) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(bank.open(prefix + "-" + i, balance).getId());
        }
        return ids;
    }

    /** A name unique to this run for the calling test's rows. */
    protected static String unique(String what) {
        return what + "-" + Long.toString(System.nanoTime(), 36);
    }

    /**
     * Every connection back in the pool and no transaction left open on the server: a leaked
     * connection or a transaction nobody ended shows here. Waits up to 5 s for requests that
     * are finishing.
     */
    protected void assertNothingLeaked() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && (pool().getActiveConnections() > 0 || server().openTransactions() > 0)) {
            Thread.sleep(50);
        }
        assertThat(pool().getActiveConnections()).as("connections still borrowed from the pool").isZero();
        assertThat(server().openTransactions()).as("transactions left open on " + server()).isZero();
    }
}
