package dev.ormkit.spring.tx;

import java.lang.reflect.Constructor;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.exc.OrmException;
import dev.ormkit.exc.StaleDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.util.function.SingletonSupplier;

/**
 * Turns ormkit's exceptions into Spring's {@link DataAccessException} hierarchy, the same
 * types {@code JdbcTemplate} raises for the same failure: the driver's {@link SQLException}
 * goes through Spring's translator for the data source (error codes, then SQLSTATE classes),
 * and the result is raised with the ormkit exception as its cause, so the message keeps the
 * SQL and its parameters and {@code getRootCause()} is still the driver's exception.
 * {@link StaleDataException} becomes {@link OptimisticLockingFailureException}. Applied to
 * {@code @Repository} beans by Spring's {@code PersistenceExceptionTranslationPostProcessor},
 * and by the injectable {@code Session} and the transaction synchronization themselves.
 */
public class OrmExceptionTranslator implements PersistenceExceptionTranslator {
    private final Supplier<SQLExceptionTranslator> sqlTranslator;

    /**
     * Translates with Spring's translator for {@code dataSource}, as its {@code JdbcTemplate}
     * does. That translator is made on the first error: making it reads
     * {@code sql-error-codes.xml} through an XML parser and a bean factory, several hundred
     * classes a start-up should not load for errors that may never come.
     */
    public OrmExceptionTranslator(DataSource dataSource) {
        this.sqlTranslator = SingletonSupplier.of(() -> new SQLErrorCodeSQLExceptionTranslator(dataSource));
    }

    public OrmExceptionTranslator(SQLExceptionTranslator sqlTranslator) {
        this.sqlTranslator = () -> sqlTranslator;
    }

    @Override
    public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        if (ex instanceof StaleDataException stale) {
            return new OptimisticLockingFailureException(stale.getMessage(), stale);
        }
        if (ex instanceof DatabaseException db && db.getCause() instanceof SQLException sql) {
            return translate(db, sql);
        }
        return null;
    }

    private DataAccessException translate(DatabaseException ex, SQLException sql) {
        DataAccessException spring = sqlTranslator.get()
                .translate("ormkit", ex.sql().isEmpty() ? null : ex.sql(), sql);
        if (spring == null || spring instanceof UncategorizedSQLException) {
            // drivers without error codes Spring knows (SQLite): ormkit's own classification
            spring = fallback(ex, sql);
        }
        return withOrmCause(spring, ex);
    }

    private static DataAccessException fallback(DatabaseException ex, SQLException sql) {
        if (ex instanceof IntegrityException) {
            String m = String.valueOf(sql.getMessage());
            return m.contains("UNIQUE") || m.contains("PRIMARYKEY") || m.contains("PRIMARY KEY")
                    ? new DuplicateKeyException(ex.getMessage(), ex)
                    : new DataIntegrityViolationException(ex.getMessage(), ex);
        }
        if (ex instanceof OperationalException) {
            return new DataAccessResourceFailureException(ex.getMessage(), ex);
        }
        return new UncategorizedOrmException(ex);
    }

    /** A database error Spring has no more specific type for. */
    static final class UncategorizedOrmException extends UncategorizedDataAccessException {
        private static final long serialVersionUID = 1L;

        UncategorizedOrmException(DatabaseException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * The same Spring exception type with the ormkit exception as cause (every concrete
     * {@code DataAccessException} has a (message, cause) constructor); the one Spring made
     * when a type lacks it.
     */
    private static DataAccessException withOrmCause(DataAccessException spring, OrmException ex) {
        if (spring.getCause() == ex) {
            return spring;
        }
        try {
            Constructor<? extends DataAccessException> c =
                    spring.getClass().getConstructor(String.class, Throwable.class);
            return c.newInstance(ex.getMessage(), ex);
        } catch (ReflectiveOperationException | RuntimeException e) {
            spring.addSuppressed(ex);
            return spring;
        }
    }

    /** Runs {@code work}, rethrowing an ormkit exception as its Spring counterpart. */
    public void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw translateOrSelf(e);
        }
    }

    /** The translated exception, or {@code e} itself when it has no Spring counterpart. */
    public RuntimeException translateOrSelf(RuntimeException e) {
        DataAccessException translated = translateExceptionIfPossible(e);
        return translated != null ? translated : e;
    }
}
