package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import dev.ormkit.exc.ArgumentException;

/**
 * The row lock a SELECT takes, SQLAlchemy's {@code with_for_update(...)}: {@code FOR UPDATE}
 * or {@code FOR SHARE}, optionally {@code OF} some tables, and {@code NOWAIT} or
 * {@code SKIP LOCKED}. Immutable; each step returns a new lock.
 * <pre>{@code
 * select(jobs).where(jobs.c("done").eq(false)).limit(10)
 *         .withForUpdate(ForUpdate.update().skipLocked());   // a work queue
 * }</pre>
 * Each database renders what it has (MariaDB says {@code LOCK IN SHARE MODE}); an option a
 * database lacks (FOR SHARE on H2, OF on MariaDB, any option on SQLite, which has no row
 * locks) fails to compile with a {@link dev.ormkit.exc.CompileException} naming the database
 * rather than being dropped, since a worker that silently does not skip locked rows, or waits
 * where it asked not to, is a bug found late.
 */
public final class ForUpdate {
    /** The parts of a lock a database may lack; see the dialect's {@code rowLockOptions()}. */
    public enum Option {
        /** {@code FOR SHARE}: a shared lock, others may read-lock the rows too. */
        SHARE("FOR SHARE"),
        /** {@code OF table, ...}: lock the rows of some tables of the FROM list only. */
        OF("FOR UPDATE OF"),
        /** {@code NOWAIT}: fail at once when a row is locked. */
        NOWAIT("NOWAIT"),
        /** {@code SKIP LOCKED}: leave out the rows others have locked. */
        SKIP_LOCKED("SKIP LOCKED");

        private final String sql;

        Option(String sql) {
            this.sql = sql;
        }

        /** How the option reads in SQL, for messages. */
        public String sql() {
            return sql;
        }
    }

    private static final ForUpdate UPDATE = new ForUpdate(false, false, false, List.of());
    private static final ForUpdate SHARE = new ForUpdate(true, false, false, List.of());

    private final boolean share;
    private final boolean nowait;
    private final boolean skipLocked;
    private final List<FromClause> of;

    private ForUpdate(boolean share, boolean nowait, boolean skipLocked, List<FromClause> of) {
        if (nowait && skipLocked) {
            throw new ArgumentException("A row lock either fails on locked rows (NOWAIT) or skips them "
                    + "(SKIP LOCKED), not both");
        }
        this.share = share;
        this.nowait = nowait;
        this.skipLocked = skipLocked;
        this.of = List.copyOf(of);
    }

    /** {@code FOR UPDATE}: an exclusive lock on the selected rows. */
    public static ForUpdate update() {
        return UPDATE;
    }

    /** {@code FOR SHARE}: a shared lock (SQLAlchemy's {@code read=True}). */
    public static ForUpdate share() {
        return SHARE;
    }

    /** This lock with {@code NOWAIT}: a locked row makes the statement fail instead of waiting. */
    public ForUpdate nowait() {
        return new ForUpdate(share, true, skipLocked, of);
    }

    /** This lock with {@code SKIP LOCKED}: rows locked by others are left out of the result. */
    public ForUpdate skipLocked() {
        return new ForUpdate(share, nowait, true, of);
    }

    /** This lock on the rows of {@code tables} only ({@code FOR UPDATE OF t}); tables, aliases or mapped classes' tables. */
    public ForUpdate of(FromClause... tables) {
        List<FromClause> more = new ArrayList<>(of);
        more.addAll(Arrays.asList(tables));
        return new ForUpdate(share, nowait, skipLocked, more);
    }

    /** True for {@code FOR SHARE}. */
    public boolean isShare() {
        return share;
    }

    /** True for {@code NOWAIT}: fail at once on a locked row. */
    public boolean isNowait() {
        return nowait;
    }

    /** True for {@code SKIP LOCKED}: leave locked rows out. */
    public boolean isSkipLocked() {
        return skipLocked;
    }

    /** The tables named in {@code OF}; empty for all of them. */
    public List<FromClause> of() {
        return of;
    }

    /** The options this lock uses beyond a plain {@code FOR UPDATE}. */
    public Set<Option> options() {
        Set<Option> out = EnumSet.noneOf(Option.class);
        if (share) {
            out.add(Option.SHARE);
        }
        if (!of.isEmpty()) {
            out.add(Option.OF);
        }
        if (nowait) {
            out.add(Option.NOWAIT);
        }
        if (skipLocked) {
            out.add(Option.SKIP_LOCKED);
        }
        return out;
    }

    void appendCacheKey(CacheKey.Builder key) {
        key.add(ForUpdate.class).add(share).add(nowait).add(skipLocked).elements(of);
    }

    @Override
    public String toString() {
        return (share ? "FOR SHARE" : "FOR UPDATE") + (of.isEmpty() ? "" : " OF " + of)
                + (nowait ? " NOWAIT" : "") + (skipLocked ? " SKIP LOCKED" : "");
    }
}
