package dev.ormkit.orm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.ConnectionProvider;
import dev.ormkit.engine.Engine;
import dev.ormkit.exc.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * A session's transaction, SQLAlchemy's {@code SessionTransaction}: where the connections come
 * from, the savepoint levels, and per level what was inserted, updated and deleted, which is
 * what the in-memory half of a rollback to that level has to undo.
 *
 * <p>Two kinds, one lifecycle. An <em>owned</em> transaction holds one connection from its
 * first statement to its end and issues COMMIT, ROLLBACK and SAVEPOINT itself. A
 * <em>joined</em> one lives in a transaction someone else owns: it borrows a connection from
 * the {@link ConnectionProvider} for each unit of work and gives it back right after, never
 * ends the database transaction, and learns about commits, rollbacks and savepoints from the
 * owner's callbacks ({@link JoinedSession}), which run only the in-memory halves here.
 */
final class SessionTransaction {
    private final SessionImpl session;
    private final Engine engine;
    private final @Nullable ConnectionProvider provider;
    private final @Nullable TransactionOptions options;
    private final Deque<Level> levels = new ArrayDeque<>();
    /** The connection: held for the whole transaction when owned, for one unit of work when joined. */
    private @Nullable Connection connection;
    /** How many units of work are running (a load inside a flush is one with it). */
    private int workDepth;
    /** The caller asked for the connection itself ({@link Session#connection()}): kept until the end. */
    private boolean pinned;

    private SessionTransaction(SessionImpl session, Engine engine, @Nullable ConnectionProvider provider,
                               @Nullable TransactionOptions options) {
        this.session = session;
        this.engine = engine;
        this.provider = provider;
        this.options = options;
        levels.push(new Level(null));
    }

    /** A transaction of its own, begun on the engine's next connection with {@code options} applied. */
    static SessionTransaction owned(SessionImpl session, Engine engine, TransactionOptions options) {
        SessionTransaction tx = new SessionTransaction(session, engine, null, options);
        tx.connection = tx.connectOwned();
        return tx;
    }

    /** A part of a transaction {@code provider}'s owner drives. */
    static SessionTransaction joined(SessionImpl session, Engine engine, ConnectionProvider provider) {
        return new SessionTransaction(session, engine, provider, null);
    }

    private Connection connectOwned() {
        Connection c = engine.connect();
        TransactionOptions o = Objects.requireNonNull(options);
        try {
            if (o.isolation() != null) {
                c.isolationLevel(Objects.requireNonNull(o.isolation()).jdbcLevel());
            }
            if (o.isReadOnly()) {
                c.readOnly(true);
            }
            c.statementTimeout(o.timeout());
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    boolean isJoined() {
        return provider != null;
    }

    // --- connections for units of work -----------------------------------------------------

    /** The connection for one unit of work; pair with {@link #exit()}. */
    Connection enter() {
        Connection c = connection;
        if (c == null) {
            c = engine.connect(Objects.requireNonNull(provider));
            connection = c;
        }
        workDepth++;
        return c;
    }

    /** Ends a unit of work: a joined transaction gives its connection back when the outermost one ends. */
    void exit() {
        if (--workDepth == 0 && provider != null && !pinned) {
            giveBack();
        }
    }

    /** The connection, kept until the transaction ends (a joined one no longer borrows per unit of work). */
    Connection pin() {
        Connection c = enter();
        pinned = true;
        workDepth--;
        return c;
    }

    private void giveBack() {
        Connection c = connection;
        connection = null;
        pinned = false;
        if (c != null) {
            c.close(); // a borrowed connection goes back to its provider as it is
        }
    }

    // --- the database halves (owned transactions) ------------------------------------------

    /**
     * COMMIT. When it fails (a deferred constraint, a lost connection) the database transaction
     * is over without its work: the rollback's in-memory half runs before the error is thrown,
     * so no object keeps an id its row never got.
     */
    void commit() {
        Connection c = Objects.requireNonNull(connection);
        try {
            c.commit();
        } catch (RuntimeException e) {
            rollbackAfterFailure(e);
            throw e;
        }
        closeConnection(null);
    }

    /** ROLLBACK and the in-memory half: objects inserted expunged, deleted ones restored, all expired. */
    void rollback() {
        RuntimeException failed = null;
        Connection c = connection;
        if (c != null && provider == null) {
            try {
                c.rollback();
            } catch (RuntimeException e) {
                failed = e; // the database ends the transaction anyway; the session must still be undone
            }
        }
        closeConnection(failed);
        afterRollback();
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * After {@code first} (a failed flush or COMMIT) the database transaction is rolled back and
     * its work undone in memory; errors on the way are added to {@code first}, never thrown
     * instead of it.
     */
    void rollbackAfterFailure(RuntimeException first) {
        Connection c = connection;
        if (c != null && provider == null) {
            try {
                c.rollback();
            } catch (RuntimeException e) {
                first.addSuppressed(e);
            }
        }
        closeConnection(first);
        afterRollback();
    }

    private void closeConnection(@Nullable RuntimeException failure) {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else {
                    throw e;
                }
            }
        }
    }

    /** SAVEPOINT on the transaction's connection, and a new level for what follows. */
    Level beginSavepoint() {
        Connection c = enter();
        try {
            Level level = new Level(c.beginNested());
            levels.push(level);
            return level;
        } finally {
            exit();
        }
    }

    /** RELEASE SAVEPOINT: the level's work joins the enclosing one. */
    void releaseSavepoint(Level level) {
        requireInnermost(level);
        ((Connection.Savepoint) Objects.requireNonNull(level.savepoint)).commit();
        afterSavepointRelease(level);
    }

    /**
     * ROLLBACK TO SAVEPOINT for {@code level} (and the levels inside it), then the in-memory half.
     * When the savepoint is gone (MariaDB rolls the whole transaction back on a deadlock), the
     * whole transaction is rolled back instead and the error thrown, its cause kept.
     */
    void rollbackToSavepoint(Level level) {
        try {
            ((Connection.Savepoint) Objects.requireNonNull(level.savepoint)).rollback();
        } catch (RuntimeException e) {
            rollbackAfterFailure(e);
            throw e;
        }
        afterSavepointRollback(level);
    }

    /**
     * Ends the transaction as a session closes. An owned one rolls back, and the objects it
     * inserted are transient again; a joined one only gives back what it holds: the owner may
     * still commit, so its objects keep their ids.
     */
    void close() {
        if (provider != null) {
            giveBack();
            return;
        }
        Set<InstanceState> inserted = allInserted();
        try {
            closeConnection(null); // rolls back
        } finally {
            for (InstanceState s : inserted) {
                s.undoInsert(); // its row is gone: the object is transient again
            }
        }
    }

    // --- the in-memory halves -------------------------------------------------------------------

    /** After COMMIT: deleted objects detached, the others expired (with expireOnCommit). */
    void afterCommit() {
        if (provider != null) {
            giveBack();
        }
        session.objects.committed(session.factory.expireOnCommit());
    }

    /** After ROLLBACK: everything every level did is undone in the session, and every object expired. */
    void afterRollback() {
        if (provider != null) {
            giveBack();
        }
        Set<InstanceState> inserted = allInserted();
        Set<InstanceState> deleted = allDeleted();
        levels.clear();
        levels.push(new Level(null));
        session.objects.undo(inserted, deleted, null);
    }

    /** After ROLLBACK TO SAVEPOINT: {@code level} and those inside it undone; what they changed expired. */
    void afterSavepointRollback(Level level) {
        if (!levels.contains(level)) {
            return;
        }
        Level inner;
        do {
            inner = levels.pop();
            session.objects.undo(inner.inserted, inner.deleted, inner.updated);
        } while (inner != level);
    }

    /** After RELEASE SAVEPOINT: the level's work belongs to the enclosing level now. */
    void afterSavepointRelease(Level level) {
        if (!levels.contains(level)) {
            return;
        }
        Level inner;
        do {
            inner = levels.pop();
            Level parent = Objects.requireNonNull(levels.peek());
            parent.inserted.addAll(inner.inserted);
            parent.deleted.addAll(inner.deleted);
            parent.updated.addAll(inner.updated);
        } while (inner != level);
    }

    /** A level for a savepoint the owner took ({@link JoinedSession#afterSavepoint}). */
    Level markSavepoint(Object savepoint) {
        Level level = new Level(savepoint);
        levels.push(level);
        return level;
    }

    /** The level of a savepoint the owner took, or null when this transaction does not know it. */
    @Nullable Level levelOf(Object savepoint) {
        for (Level l : levels) {
            if (l.savepoint != null && l.savepoint.equals(savepoint)) {
                return l;
            }
        }
        return null;
    }

    // --- bookkeeping ----------------------------------------------------------------------------

    Level current() {
        return Objects.requireNonNull(levels.peek());
    }

    int depth() {
        return levels.size() - 1;
    }

    boolean contains(Level level) {
        return levels.contains(level);
    }

    /** True when {@code level} is {@code outer} or inside it. */
    boolean isWithin(Level level, Level outer) {
        for (Level l : levels) { // innermost first
            if (l == level) {
                return true;
            }
            if (l == outer) {
                return false;
            }
        }
        return false;
    }

    private void requireInnermost(Level level) {
        if (levels.peek() != level) {
            throw new InvalidRequestException(
                    "A nested transaction must end before the one enclosing it; end the innermost one first");
        }
    }

    /** Everything inserted at every level (a full rollback undoes all of it). */
    Set<InstanceState> allInserted() {
        return all(true);
    }

    Set<InstanceState> allDeleted() {
        return all(false);
    }

    private Set<InstanceState> all(boolean inserted) {
        Set<InstanceState> out = Set.of(); // a transaction that only read wrote nothing to undo
        for (Level l : levels) {
            List<InstanceState> some = inserted ? l.inserted : l.deleted;
            if (!some.isEmpty()) {
                if (out.isEmpty()) {
                    out = new LinkedHashSet<>();
                }
                out.addAll(some);
            }
        }
        return out;
    }

    /** The transaction itself, or one savepoint in it. */
    static final class Level {
        /** A {@link Connection.Savepoint} when the session took it, the owner's object when joined; null at the top. */
        final @Nullable Object savepoint;
        // lists, not sets: a large flush records every object it inserts, and an object is
        // inserted (or deleted) at most once per level, since only undoing that level undoes it
        final List<InstanceState> inserted = new ArrayList<>();
        final List<InstanceState> deleted = new ArrayList<>();
        /** Objects UPDATEd at this level: a rollback to it expires them. */
        final List<InstanceState> updated = new ArrayList<>();

        Level(@Nullable Object savepoint) {
            this.savepoint = savepoint;
        }
    }
}
