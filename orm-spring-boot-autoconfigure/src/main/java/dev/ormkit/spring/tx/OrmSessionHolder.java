package dev.ormkit.spring.tx;

import dev.ormkit.orm.JoinedSession;
import org.springframework.transaction.support.ResourceHolderSupport;

/**
 * The session bound to the current thread under its {@link dev.ormkit.orm.SessionFactory} as
 * key, as Spring binds a {@code ConnectionHolder} under its {@code DataSource}.
 */
public final class OrmSessionHolder extends ResourceHolderSupport {
    private final JoinedSession session;

    public OrmSessionHolder(JoinedSession session) {
        this.session = session;
    }

    /** The bound session. */
    public JoinedSession session() {
        return session;
    }
}
