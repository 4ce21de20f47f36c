package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import dev.ormkit.engine.ConnectionProvider;
import dev.ormkit.engine.Engine;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.Mappings;
import dev.ormkit.schema.MetaData;
import dev.ormkit.sql.Executable;
import org.jspecify.annotations.Nullable;

/**
 * Opens sessions on an engine: SQLAlchemy's {@code sessionmaker}. Built once at start-up,
 * when it validates every mapping it knows of (the classes of the MetaData, plus any given
 * with {@link Builder#classes}) so that a mapping mistake fails there, not mid-request.
 * Thread-safe; sessions it opens are not.
 *
 * <pre>{@code
 * SessionFactory sessions = SessionFactory.builder(engine).metadata(metadata).build();
 * try (Session session = sessions.open()) {
 *     session.add(user);
 *     session.commit();
 * }
 * }</pre>
 */
public final class SessionFactory {
    private final Engine engine;
    private final @Nullable MetaData metadata;
    private final boolean expireOnCommit;
    private final boolean autoflush;
    private final NPlusOneMode nPlusOneMode;
    private final int nPlusOneThreshold;
    private final int lazyLoadBatchSize;
    private final CallSites callSites;
    private final List<EntityMapping<?>> mappings;
    /** UPDATE/DELETE statements by shape, so each shape compiles once per dialect. */
    private final Map<String, Executable> statements = new ConcurrentHashMap<>();
    private final Map<EntityMapping<?>, KeySelect> keySelects = new ConcurrentHashMap<>();
    private final LoadStatements loadStatements = new LoadStatements();

    private SessionFactory(Builder b) {
        this.engine = b.engine;
        this.metadata = b.metadata;
        this.expireOnCommit = b.expireOnCommit;
        this.autoflush = b.autoflush;
        this.nPlusOneMode = b.nPlusOneMode;
        this.nPlusOneThreshold = b.nPlusOneThreshold;
        this.lazyLoadBatchSize = b.lazyLoadBatchSize;
        this.callSites = CallSites.withExtra(b.frameworkPackages);
        List<Class<?>> classes = new ArrayList<>(b.classes);
        if (b.metadata != null) {
            classes.addAll(b.metadata.mappedClasses());
        }
        // association tables declared in the factory's MetaData serve its many-to-manys, and no one else's
        this.mappings = List.copyOf(Mappings.validate(classes, b.metadata != null ? b.metadata.tables() : List.of()));
    }

    /** Starts building a factory for {@code engine}. */
    public static Builder builder(Engine engine) {
        return new Builder(engine);
    }

    /** What sessions do on N+1 queries. */
    public NPlusOneMode nPlusOneMode() {
        return nPlusOneMode;
    }

    /** Lazy loads of one relationship for objects of one query result that count as N+1. */
    public int nPlusOneThreshold() {
        return nPlusOneThreshold;
    }

    /** How many objects of one query result a lazy load loads a relationship for at once (1: just the one touched). */
    public int lazyLoadBatchSize() {
        return lazyLoadBatchSize;
    }

    /**
     * The package prefixes skipped when a lazy load or an N+1 report names the calling code:
     * Spring's and the AOP layers' by default, plus those given to
     * {@link Builder#frameworkPackages(String...)}.
     */
    public List<String> frameworkPackages() {
        return callSites.frameworkPackages();
    }

    CallSites callSites() {
        return callSites;
    }

    /** N+1 sites already logged: WARN logs a site once per factory, not once per session (request). */
    private final java.util.Set<String> loggedNPlusOneSites = ConcurrentHashMap.newKeySet();

    java.util.Set<String> loggedNPlusOneSites() {
        return loggedNPlusOneSites;
    }

    /**
     * A new session that owns its transaction: it takes a connection from the engine on first
     * use, and commits, rolls back and gives the connection back itself.
     */
    public Session open() {
        return new SessionImpl(this, TransactionOptions.defaults());
    }

    /**
     * A new session that owns its transaction, begun with {@code options}: isolation level,
     * read-only, statement timeout, all restored when the connection goes back to the pool.
     */
    public Session open(TransactionOptions options) {
        return new SessionImpl(this, Objects.requireNonNull(options, "options"));
    }

    /**
     * A new session inside a transaction someone else owns (Spring's transaction manager, a JTA
     * container, JDBC code): it takes a connection from {@code provider} for each unit of work
     * and gives it back, and never commits, rolls back or closes it. The owner drives it through
     * the {@link JoinedSession} callbacks. SQLAlchemy's {@code Session(bind=connection,
     * join_transaction_mode="create_savepoint")} without the savepoint: the owner decides.
     */
    public JoinedSession join(ConnectionProvider provider) {
        return new JoinedSessionImpl(this, Objects.requireNonNull(provider, "provider"));
    }

    public Engine engine() {
        return engine;
    }

    public @Nullable MetaData metadata() {
        return metadata;
    }

    /** Whether sessions expire every object at commit (default true). */
    public boolean expireOnCommit() {
        return expireOnCommit;
    }

    /** Whether sessions flush before each query they run (default true). */
    public boolean autoflush() {
        return autoflush;
    }

    /** The mappings validated at start-up: the configured classes and every class they reach. */
    public List<EntityMapping<?>> mappings() {
        return mappings;
    }

    /** The SELECT of one object of {@code mapping} by primary key, built on first use. */
    KeySelect keySelect(EntityMapping<?> mapping) {
        return keySelects.computeIfAbsent(mapping, KeySelect::new);
    }

    /** The SELECTs lazy and selectin loads run again, built on first use. */
    LoadStatements loadStatements() {
        return loadStatements;
    }

    @SuppressWarnings("unchecked")
    <S extends Executable> S statement(String shape, Function<String, S> build) {
        return (S) statements.computeIfAbsent(shape, build);
    }

    /** Configures a {@link SessionFactory}. */
    public static final class Builder {
        private final Engine engine;
        private @Nullable MetaData metadata;
        private final List<Class<?>> classes = new ArrayList<>();
        private boolean expireOnCommit = true;
        private boolean autoflush = true;
        private NPlusOneMode nPlusOneMode = NPlusOneMode.WARN;
        private int nPlusOneThreshold = 2;
        private int lazyLoadBatchSize = 1;
        private final List<String> frameworkPackages = new ArrayList<>();

        private Builder(Engine engine) {
            this.engine = engine;
        }

        /** The MetaData of the application's mapped classes ({@code MetaData.of(...)} or {@code scan}). */
        public Builder metadata(MetaData md) {
            this.metadata = md;
            return this;
        }

        /** More mapped classes to validate at start-up. */
        public Builder classes(Class<?>... mapped) {
            classes.addAll(Arrays.asList(mapped));
            return this;
        }

        /**
         * Whether committing expires every object, so that its state is reloaded the next time
         * the session hands it out (default true, as in SQLAlchemy).
         */
        public Builder expireOnCommit(boolean expire) {
            this.expireOnCommit = expire;
            return this;
        }

        /** Whether a session flushes pending changes before each query it runs (default true). */
        public Builder autoflush(boolean flush) {
            this.autoflush = flush;
            return this;
        }

        /**
         * N+1 detection: lazy loads of the same relationship for objects that came from the same
         * query, {@code threshold} times or more in one session (default {@link NPlusOneMode#WARN},
         * threshold 2), are reported with the entity, relationship, count, the parents' query and
         * the calling code. The check walks the stack once per lazy load; OFF skips it.
         */
        public Builder nPlusOne(NPlusOneMode mode, int threshold) {
            if (threshold < 2) {
                throw new dev.ormkit.exc.ArgumentException("The N+1 threshold must be at least 2, not " + threshold);
            }
            this.nPlusOneMode = java.util.Objects.requireNonNull(mode, "mode");
            this.nPlusOneThreshold = threshold;
            return this;
        }

        /** {@link #nPlusOne(NPlusOneMode, int)} with threshold 2. */
        public Builder nPlusOne(NPlusOneMode mode) {
            return nPlusOne(mode, 2);
        }

        /**
         * Batch lazy loading: when a lazy relationship loads for one object, load it in the same
         * statement for up to {@code size - 1} more objects of the same query result that have it
         * unloaded (so a loop over 100 parents costs 1 + ceil(100 / size) statements instead of 101).
         *
         * <p>The default is 1, no batching, as in SQLAlchemy's {@code lazy="select"}: a lazy load
         * then reads exactly what the code touched, its SQL does not depend on what else the
         * session holds, and a loop over parents shows up as an N+1 report pointing at the query
         * to fix with {@code selectinLoad}, which costs 2 statements however many parents there
         * are. Batching is the safety net for code you cannot change that way.
         */
        public Builder lazyLoadBatchSize(int size) {
            if (size < 1) {
                throw new dev.ormkit.exc.ArgumentException("The lazy load batch size must be at least 1, not " + size);
            }
            this.lazyLoadBatchSize = size;
            return this;
        }

        /**
         * Package prefixes ({@code "com.example.framework."}) whose frames are not the
         * application's code: a lazy-load event or N+1 report names the first frame outside
         * them. Spring ({@code org.springframework.}), JDK proxies, ByteBuddy and CGLIB
         * ({@code $$}) classes are skipped already; this adds to them (a home-grown data layer,
         * a repository base class).
         */
        public Builder frameworkPackages(String... prefixes) {
            for (String p : prefixes) {
                if (p == null || p.isBlank()) {
                    throw new dev.ormkit.exc.ArgumentException("A framework package prefix must not be blank");
                }
                frameworkPackages.add(p);
            }
            return this;
        }

        /**
         * Validates the mappings and builds the factory.
         *
         * @throws dev.ormkit.exc.MappingException naming the class, field and fix of a wrong mapping
         */
        public SessionFactory build() {
            return new SessionFactory(this);
        }
    }
}
