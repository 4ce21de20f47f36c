package dev.ormkit.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.orm.NPlusOneMode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ormkit's settings in a Spring Boot application, prefix {@code orm}.
 *
 * <pre>
 * orm.ddl-auto=validate
 * orm.open-in-view=false
 * orm.n-plus-one.mode=raise
 * </pre>
 */
@ConfigurationProperties("orm")
public class OrmProperties {

    /**
     * Whether to log every statement ormkit runs with its parameters (SLF4J logger
     * dev.ormkit.engine), as SQLAlchemy's echo=True does.
     */
    private boolean echo;

    /**
     * What to do with the schema at start-up. Defaults to "create" for embedded databases
     * (H2, HSQLDB, Derby and SQLite) and to "none" for all others.
     */
    private @Nullable DdlAuto ddlAuto;

    /**
     * Whether a web request has one ormkit session from start to end, so that a controller or a
     * view can walk lazy relationships of what a transactional service returned. The session
     * holds no pooled connection once a transaction is over: it borrows one per lazy load.
     */
    private boolean openInView = true;

    /** Whether a session flushes pending changes before each query it runs. */
    private boolean autoflush = true;

    /**
     * Whether committing expires every object, so that its state is reloaded the next time a
     * session hands it out.
     */
    private boolean expireOnCommit = true;

    /**
     * How many objects of one query result a lazy load loads a relationship for at once; 1
     * loads just the one touched.
     */
    private int lazyLoadBatchSize = 1;

    private final NPlusOne nPlusOne = new NPlusOne();

    private final Migrate migrate = new Migrate();

    public boolean isEcho() {
        return echo;
    }

    public void setEcho(boolean echo) {
        this.echo = echo;
    }

    public @Nullable DdlAuto getDdlAuto() {
        return ddlAuto;
    }

    public void setDdlAuto(@Nullable DdlAuto ddlAuto) {
        this.ddlAuto = ddlAuto;
    }

    public boolean isOpenInView() {
        return openInView;
    }

    public void setOpenInView(boolean openInView) {
        this.openInView = openInView;
    }

    public boolean isAutoflush() {
        return autoflush;
    }

    public void setAutoflush(boolean autoflush) {
        this.autoflush = autoflush;
    }

    public boolean isExpireOnCommit() {
        return expireOnCommit;
    }

    public void setExpireOnCommit(boolean expireOnCommit) {
        this.expireOnCommit = expireOnCommit;
    }

    public int getLazyLoadBatchSize() {
        return lazyLoadBatchSize;
    }

    public void setLazyLoadBatchSize(int lazyLoadBatchSize) {
        this.lazyLoadBatchSize = lazyLoadBatchSize;
    }

    public NPlusOne getNPlusOne() {
        return nPlusOne;
    }

    public Migrate getMigrate() {
        return migrate;
    }

    /** What ormkit does with the schema at start-up. */
    public enum DdlAuto {
        /** Leaves the schema alone. */
        NONE,
        /** Creates the mapped tables that are missing (CREATE TABLE IF NOT EXISTS, in foreign-key order). */
        CREATE,
        /** Creates the missing tables at start-up and drops the mapped tables when the application stops. */
        CREATE_DROP,
        /** Compares the mappings with the schema and fails start-up naming every difference. */
        VALIDATE
    }

    /** N+1 detection: lazy loads of one relationship for many objects of one query result. */
    public static class NPlusOne {

        /**
         * What a session does when it sees N+1 queries: "warn" logs each site once, "raise"
         * throws at the load that reaches the threshold (what tests want), "off" skips the check.
         */
        private NPlusOneMode mode = NPlusOneMode.WARN;

        /** Lazy loads of one relationship for objects of the same query result that count as N+1 (at least 2). */
        private int threshold = 2;

        public NPlusOneMode getMode() {
            return mode;
        }

        public void setMode(NPlusOneMode mode) {
            this.mode = mode;
        }

        public int getThreshold() {
            return threshold;
        }

        public void setThreshold(int threshold) {
            this.threshold = threshold;
        }
    }

    /** Migrations of orm-migrate, run at start-up. */
    public static class Migrate {

        /**
         * Whether to run "upgrade head" at start-up, before anything uses the ORM. Needs
         * dev.ormkit:orm-migrate on the class path.
         */
        private boolean enabled;

        /** Packages holding the migration classes (@Revision). */
        private List<String> packages = new ArrayList<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getPackages() {
            return packages;
        }

        public void setPackages(List<String> packages) {
            this.packages = packages;
        }
    }
}
