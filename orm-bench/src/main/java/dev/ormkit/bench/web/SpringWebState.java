package dev.ormkit.bench.web;

import java.util.List;
import javax.sql.DataSource;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.engine.Engine;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.spring.tx.OrmExceptionTranslator;
import dev.ormkit.spring.tx.OrmNestedTransactionListener;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.spring.tx.OrmTransactionManagerPostProcessor;
import dev.ormkit.spring.tx.SpringConnectionProvider;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * A minimal Spring application over the trial's pool, wired as the starter's auto-configuration
 * wires it: {@code JdbcTransactionManager} (Boot's transaction manager for a data source), an
 * {@link Engine} over the data source, a {@link SessionFactory}, the {@link OrmSessionContext}
 * whose session proxy is the injected {@link Session}, the nested-transaction listener, and a
 * {@link PostReader} whose methods are {@code @Transactional(readOnly = true)}.
 */
@State(Scope.Benchmark)
public class SpringWebState {
    private @Nullable AnnotationConfigApplicationContext context;

    /** Starts the context; runs after {@link BenchDatabase#start()}. */
    @Setup(Level.Trial)
    public void start(BenchDatabase db) {
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        ctx.registerBean(DataSource.class, db::dataSource);
        ctx.register(Wiring.class);
        ctx.refresh();
        context = ctx;
    }

    /** Closes the context (the pool stays {@link BenchDatabase}'s). */
    @TearDown(Level.Trial)
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** The transactional reader bean (a Spring proxy). */
    public PostReader reader() {
        if (context == null) {
            throw new IllegalStateException("SpringWebState.start() has not run");
        }
        return context.getBean(PostReader.class);
    }

    /** The beans: what Boot and the starter's auto-configuration would create. */
    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Wiring {
        @Bean
        JdbcTransactionManager transactionManager(DataSource dataSource) {
            return new JdbcTransactionManager(dataSource);
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean(destroyMethod = "close")
        Engine ormEngine(DataSource dataSource) {
            return Engine.of(dataSource);
        }

        @Bean
        SessionFactory ormSessionFactory(Engine engine) {
            return SessionFactory.builder(engine).metadata(MetaData.of(User.class, Post.class)).build();
        }

        @Bean
        OrmSessionContext ormSessionContext(SessionFactory sessions, DataSource dataSource) {
            return new OrmSessionContext(sessions, new SpringConnectionProvider(dataSource), new OrmExceptionTranslator(dataSource));
        }

        @Bean(destroyMethod = "")
        Session ormSession(OrmSessionContext context) {
            return context.sessionProxy();
        }

        @Bean
        OrmNestedTransactionListener ormNestedTransactionListener(OrmSessionContext context) {
            return new OrmNestedTransactionListener(context);
        }

        @Bean
        static OrmTransactionManagerPostProcessor ormTransactionManagerPostProcessor(
                ObjectProvider<OrmNestedTransactionListener> listener) {
            return new OrmTransactionManagerPostProcessor(listener);
        }

        @Bean
        PostReader postReader(Session session, JdbcTemplate jdbc) {
            return new PostReader(session, jdbc);
        }
    }
}
