package dev.ormkit.spring.boot.autoconfigure;

import java.util.Locale;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.web.OpenSessionInViewInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Logs one INFO line when the context has started: the dialect, how many classes are mapped,
 * what {@code ddl-auto} did, whether web requests keep a session (open-in-view) and the N+1
 * mode. Never a WARN: open-in-view here holds no connection, so it is a fact, not a risk.
 */
public class OrmStartupReport implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.spring");

    private final SessionFactory sessionFactory;
    private final OrmProperties properties;
    private final ObjectProvider<OrmSchemaInitializer> schema;
    private final ApplicationContext context;

    public OrmStartupReport(SessionFactory sessionFactory, OrmProperties properties,
                            ObjectProvider<OrmSchemaInitializer> schema, ApplicationContext context) {
        this.sessionFactory = sessionFactory;
        this.properties = properties;
        this.schema = schema;
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LOG.info(line());
    }

    /** The line logged at start-up. */
    public String line() {
        OrmSchemaInitializer initializer = schema.getIfAvailable();
        String ddl = initializer == null ? "custom" : initializer.mode().name().toLowerCase(Locale.ROOT).replace('_', '-');
        NPlusOneMode mode = sessionFactory.nPlusOneMode();
        return "ormkit " + sessionFactory.engine().dialect().name() + " dialect, "
                + sessionFactory.mappings().size() + " mapped classes, ddl-auto " + ddl
                + ", open-in-view " + (openInView() ? "on (a request keeps its session, not a connection)" : "off")
                + ", N+1 detection " + mode.name().toLowerCase(Locale.ROOT)
                + (mode == NPlusOneMode.OFF ? "" : " (threshold " + sessionFactory.nPlusOneThreshold() + ")");
    }

    private boolean openInView() {
        return ClassUtils.isPresent("org.springframework.web.context.request.WebRequestInterceptor",
                getClass().getClassLoader())
                && context.getBeanNamesForType(OpenSessionInViewInterceptor.class, false, false).length > 0;
    }
}
