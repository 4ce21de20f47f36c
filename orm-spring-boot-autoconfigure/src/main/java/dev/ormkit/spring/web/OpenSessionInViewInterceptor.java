package dev.ormkit.spring.web;

import dev.ormkit.spring.tx.OrmSessionContext;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.ui.ModelMap;
import org.springframework.web.context.request.AsyncWebRequestInterceptor;
import org.springframework.web.context.request.WebRequest;

/**
 * One ormkit session per web request, Flask-SQLAlchemy's scoped session: a controller or a view
 * can walk lazy relationships of what a {@code @Transactional} service returned, and each
 * transaction of the request runs in this session.
 *
 * <p>Unlike JPA's open-in-view, the session holds no pooled connection: inside a transaction
 * it uses the transaction's, and between transactions it borrows one per lazy load and gives
 * it back at once, so a slow view does not starve the pool. Outside transactions the session
 * only reads (no flush); writes belong in a transaction.
 */
public class OpenSessionInViewInterceptor implements AsyncWebRequestInterceptor {
    private static final String PARTICIPATE = OpenSessionInViewInterceptor.class.getName() + ".PARTICIPATE";

    private final OrmSessionContext context;

    public OpenSessionInViewInterceptor(OrmSessionContext context) {
        this.context = context;
    }

    @Override
    public void preHandle(WebRequest request) {
        if (TransactionSynchronizationManager.hasResource(context.sessionFactory())) {
            // an outer filter or a forward already opened one: use it, leave it to its owner
            Integer count = (Integer) request.getAttribute(PARTICIPATE, WebRequest.SCOPE_REQUEST);
            request.setAttribute(PARTICIPATE, count == null ? 1 : count + 1, WebRequest.SCOPE_REQUEST);
            return;
        }
        context.bindNew();
    }

    @Override
    public void postHandle(WebRequest request, @Nullable ModelMap model) {
    }

    @Override
    public void afterCompletion(WebRequest request, @Nullable Exception ex) {
        Integer count = (Integer) request.getAttribute(PARTICIPATE, WebRequest.SCOPE_REQUEST);
        if (count != null) {
            if (count > 1) {
                request.setAttribute(PARTICIPATE, count - 1, WebRequest.SCOPE_REQUEST);
            } else {
                request.removeAttribute(PARTICIPATE, WebRequest.SCOPE_REQUEST);
            }
            return;
        }
        context.unbind();
    }

    /**
     * An asynchronous request leaves this thread: the session is unbound from it (not closed),
     * so no other request served by this thread sees it; the async part runs without it.
     */
    @Override
    public void afterConcurrentHandlingStarted(WebRequest request) {
        if (request.getAttribute(PARTICIPATE, WebRequest.SCOPE_REQUEST) == null) {
            context.unbind();
        }
    }
}
