package dev.ormkit.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.ormkit.exc.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners registered on an engine. Adding and removing is thread-safe; dispatch reads
 * a snapshot. The {@code fire...} methods are called by the engine and the sessions; callers
 * ask {@link #hasStatementListeners()} / {@link #hasOrmListeners()} first, so that with no
 * listener no event object is even built.
 */
public final class Events {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);

    private final List<StatementListener> statementListeners = new CopyOnWriteArrayList<>();
    private final List<OrmListener> ormListeners = new CopyOnWriteArrayList<>();
    private final List<MapperListener> mapperListeners = new CopyOnWriteArrayList<>();

    /** Registers a statement listener. */
    public void addStatementListener(StatementListener listener) {
        statementListeners.add(listener);
    }

    /** Removes a statement listener. */
    public void removeStatementListener(StatementListener listener) {
        statementListeners.remove(listener);
    }

    /** True when some statement listener is registered. */
    public boolean hasStatementListeners() {
        return !statementListeners.isEmpty();
    }

    /** Registers a listener for lazy loads, N+1 reports and flushes of sessions over this engine. */
    public void addOrmListener(OrmListener listener) {
        ormListeners.add(listener);
    }

    /** Removes an ORM listener. */
    public void removeOrmListener(OrmListener listener) {
        ormListeners.remove(listener);
    }

    /** True when some ORM listener is registered (events are then worth building). */
    public boolean hasOrmListeners() {
        return !ormListeners.isEmpty();
    }

    /** Registers a listener for the objects each flush is about to write. */
    public void addMapperListener(MapperListener listener) {
        mapperListeners.add(listener);
    }

    /** Removes a mapper listener. */
    public void removeMapperListener(MapperListener listener) {
        mapperListeners.remove(listener);
    }

    /** True when some mapper listener is registered. */
    public boolean hasMapperListeners() {
        return !mapperListeners.isEmpty();
    }

    /** Tells every mapper listener {@code object} is about to be inserted; a listener's exception aborts the flush. */
    public void fireBeforeInsert(Object object) {
        for (MapperListener l : mapperListeners) {
            l.beforeInsert(object);
        }
    }

    /** Tells every mapper listener {@code object} is about to be updated; a listener's exception aborts the flush. */
    public void fireBeforeUpdate(Object object) {
        for (MapperListener l : mapperListeners) {
            l.beforeUpdate(object);
        }
    }

    /** Tells every statement listener a statement is about to be sent. */
    public void fireStatementStart(StatementEvent event) {
        for (StatementListener l : statementListeners) {
            try {
                l.onStatementStart(event);
            } catch (RuntimeException e) {
                LOG.warn("Statement listener {} failed", l, e);
            }
        }
    }

    /** Tells every statement listener the statement of {@code event} succeeded. */
    public void fireStatementEnd(StatementEvent event) {
        for (StatementListener l : statementListeners) {
            try {
                l.onStatementEnd(event);
            } catch (RuntimeException e) {
                LOG.warn("Statement listener {} failed", l, e);
            }
        }
    }

    /** Tells every statement listener the statement of {@code event} failed with {@code error}. */
    public void fireStatementError(StatementEvent event, DatabaseException error) {
        for (StatementListener l : statementListeners) {
            try {
                l.onStatementError(event, error);
            } catch (RuntimeException e) {
                LOG.warn("Statement listener {} failed", l, e);
            }
        }
    }

    /** Reports a lazy load that ended. */
    public void fireLazyLoaded(LazyLoadEvent event) {
        for (OrmListener l : ormListeners) {
            try {
                l.onLazyLoad(event);
            } catch (RuntimeException e) {
                LOG.warn("ORM listener {} failed", l, e);
            }
        }
    }

    /** Reports an N+1 site. */
    public void fireNPlusOne(NPlusOneEvent event) {
        for (OrmListener l : ormListeners) {
            try {
                l.onNPlusOne(event);
            } catch (RuntimeException e) {
                LOG.warn("ORM listener {} failed", l, e);
            }
        }
    }

    /** Reports that a flush starts. */
    public void fireFlushStart(FlushContext flush) {
        for (OrmListener l : ormListeners) {
            try {
                l.onFlushStart(flush);
            } catch (RuntimeException e) {
                LOG.warn("ORM listener {} failed", l, e);
            }
        }
    }

    /** Reports that the flush of {@code flush} ended, well or not. */
    public void fireFlushEnd(FlushContext flush) {
        for (OrmListener l : ormListeners) {
            try {
                l.onFlushEnd(flush);
            } catch (RuntimeException e) {
                LOG.warn("ORM listener {} failed", l, e);
            }
        }
    }

    /** The session moments of {@link OrmListener}, by name. */
    public enum SessionMoment { AFTER_BEGIN, BEFORE_COMMIT, AFTER_COMMIT, AFTER_ROLLBACK, AFTER_SAVEPOINT_ROLLBACK, CLOSE }

    public void fireSession(SessionMoment moment, SessionEvent event) {
        for (OrmListener l : ormListeners) {
            try {
                switch (moment) {
                    case AFTER_BEGIN -> l.afterBegin(event);
                    case BEFORE_COMMIT -> l.beforeCommit(event);
                    case AFTER_COMMIT -> l.afterCommit(event);
                    case AFTER_ROLLBACK -> l.afterRollback(event);
                    case AFTER_SAVEPOINT_ROLLBACK -> l.afterSavepointRollback(event);
                    case CLOSE -> l.onClose(event);
                }
            } catch (RuntimeException e) {
                LOG.warn("ORM listener {} failed", l, e);
            }
        }
    }
}
