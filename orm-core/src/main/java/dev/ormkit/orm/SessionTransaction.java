package dev.ormkit.orm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.ormkit.engine.Connection;
import org.jspecify.annotations.Nullable;

/**
 * A session's database transaction: the connection it holds from the first statement to
 * commit or rollback, the savepoints nested in it, and per level what was inserted and
 * deleted, which is what a rollback to that level has to undo in the session.
 */
final class SessionTransaction {
    private final Connection connection;
    private final Deque<Level> levels = new ArrayDeque<>();

    SessionTransaction(Connection connection) {
        this.connection = connection;
        levels.push(new Level(null));
    }

    Connection connection() {
        return connection;
    }

    Level current() {
        return levels.peek();
    }

    int depth() {
        return levels.size() - 1;
    }

    Level pushSavepoint() {
        Level level = new Level(connection.beginNested());
        levels.push(level);
        return level;
    }

    /** Releases the innermost savepoint, handing its bookkeeping to the enclosing level. */
    void releaseSavepoint(Level level) {
        requireInnermost(level);
        levels.pop();
        java.util.Objects.requireNonNull(level.savepoint).commit();
        current().inserted.addAll(level.inserted);
        current().deleted.addAll(level.deleted);
    }

    /** Rolls back to the innermost savepoint and forgets it. */
    void rollbackSavepoint(Level level) {
        requireInnermost(level);
        levels.pop();
        java.util.Objects.requireNonNull(level.savepoint).rollback();
    }

    boolean contains(Level level) {
        return levels.contains(level);
    }

    private void requireInnermost(Level level) {
        if (levels.peek() != level) {
            throw new dev.ormkit.exc.InvalidRequestException(
                    "A nested transaction must end before the one enclosing it; end the innermost one first");
        }
    }

    /** Everything inserted / deleted at every level (a full rollback undoes all of it). */
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

    /** The transaction or one savepoint. */
    static final class Level {
        final Connection.@Nullable Savepoint savepoint;
        // lists, not sets: a large flush records every object it inserts, and an object is
        // inserted (or deleted) at most once per level, since only undoing that level undoes it
        final List<InstanceState> inserted = new ArrayList<>();
        final List<InstanceState> deleted = new ArrayList<>();

        Level(Connection.@Nullable Savepoint savepoint) {
            this.savepoint = savepoint;
        }
    }
}
