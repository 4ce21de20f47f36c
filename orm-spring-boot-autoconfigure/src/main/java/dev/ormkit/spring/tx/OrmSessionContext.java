package dev.ormkit.spring.tx;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import dev.ormkit.engine.ConnectionProvider;
import dev.ormkit.orm.JoinedSession;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "The current session": the one bound to the current Spring transaction, else the one of the
 * current web request (open-in-view), else, inside a transaction scope with no session yet, a
 * new one bound to it. {@link #sessionProxy()} is what Spring injects as {@code Session}.
 */
public class OrmSessionContext {
    private final SessionFactory sessionFactory;
    private final ConnectionProvider connections;
    private final OrmExceptionTranslator translator;

    public OrmSessionContext(SessionFactory sessionFactory, ConnectionProvider connections,
                             OrmExceptionTranslator translator) {
        this.sessionFactory = sessionFactory;
        this.connections = connections;
        this.translator = translator;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public OrmExceptionTranslator translator() {
        return translator;
    }

    /**
     * The session of the current transaction, else of the current web request.
     *
     * @throws IllegalStateException outside both, saying how to open one
     */
    public Session currentSession() {
        OrmSessionHolder holder = (OrmSessionHolder) TransactionSynchronizationManager.getResource(sessionFactory);
        boolean inTransactionScope = TransactionSynchronizationManager.isSynchronizationActive();
        if (holder != null) {
            if (inTransactionScope && !holder.isSynchronizedWithTransaction()) {
                // the request's session joins this transaction for its duration
                synchronize(holder, false);
            }
            return holder.session();
        }
        if (!inTransactionScope) {
            throw new IllegalStateException("No ormkit Session is bound to this thread: the injected Session is the"
                    + " session of the current Spring transaction, else of the current web request. Call it from a"
                    + " @Transactional method or inside TransactionTemplate.execute(...), from a web request with"
                    + " orm.open-in-view=true, or open a session of your own with SessionFactory.open()"
                    + " (try-with-resources) where neither applies");
        }
        holder = new OrmSessionHolder(sessionFactory.join(connections));
        synchronize(holder, true);
        TransactionSynchronizationManager.bindResource(sessionFactory, holder);
        return holder.session();
    }

    /** The session bound to this thread, if any, without creating one. */
    public @Nullable JoinedSession boundSession() {
        OrmSessionHolder holder = (OrmSessionHolder) TransactionSynchronizationManager.getResource(sessionFactory);
        return holder == null ? null : holder.session();
    }

    /** The synchronization driving the bound session through the current transaction, if any. */
    @Nullable OrmSessionSynchronization currentSynchronization() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        JoinedSession bound = boundSession();
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof OrmSessionSynchronization o && o.session() == bound) {
                return o;
            }
        }
        return null;
    }

    private void synchronize(OrmSessionHolder holder, boolean ownedByTransaction) {
        holder.session().setReadOnly(TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        holder.setSynchronizedWithTransaction(true);
        TransactionSynchronizationManager.registerSynchronization(
                new OrmSessionSynchronization(sessionFactory, holder, ownedByTransaction, translator));
    }

    /** Opens a session for a web request (or any scope outside transactions) and binds it; see {@link #unbind}. */
    public JoinedSession bindNew() {
        JoinedSession session = sessionFactory.join(connections);
        // outside a transaction the session reads; writes belong in a transaction
        session.setReadOnly(true);
        TransactionSynchronizationManager.bindResource(sessionFactory, new OrmSessionHolder(session));
        return session;
    }

    /** Unbinds and closes what {@link #bindNew} bound. */
    public void unbind() {
        OrmSessionHolder holder = (OrmSessionHolder) TransactionSynchronizationManager.unbindResourceIfPossible(sessionFactory);
        if (holder != null) {
            holder.session().close();
        }
    }

    /**
     * A {@link Session} that forwards each call to {@link #currentSession()} and raises ormkit's
     * database exceptions as Spring's {@code DataAccessException}s. Safe to inject in singletons.
     * {@code close()} is refused: the transaction or the request ends the real session.
     */
    public Session sessionProxy() {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                new CurrentSessionHandler());
    }

    private final class CurrentSessionHandler implements InvocationHandler {
        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return args != null && proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Session proxy of the current transaction or web request (" + sessionFactory + ")";
                case "close":
                    if (method.getParameterCount() == 0) {
                        throw new IllegalStateException("The injected Session is managed by Spring: the transaction"
                                + " or web request that opened it closes it. Do not close it, nor use it in"
                                + " try-with-resources; open a session of your own with SessionFactory.open() for that");
                    }
                    break;
                default:
                    break;
            }
            Session target = currentSession();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException r ? translator.translateOrSelf(r) : cause;
            }
        }
    }
}
