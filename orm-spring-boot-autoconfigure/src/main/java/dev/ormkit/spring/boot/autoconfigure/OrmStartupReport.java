package dev.ormkit.spring.boot.autoconfigure;

import java.util.List;
import java.util.Locale;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.orm.Base;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.orm.StateCarrier;
import dev.ormkit.spring.web.OpenSessionInViewInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Logs one INFO line when the context has started: the dialect, how many classes are mapped
 * (and how many of them keep their objects' session state in a field of their own, as
 * {@link Base} subclasses and classes enhanced at build time do, rather than in the registry
 * that costs plain classes a garbage collection's copying per loaded object), what
 * {@code ddl-auto} did, whether web requests keep a session (open-in-view) and the N+1 mode.
 * Never a WARN: open-in-view here holds no connection, and plain classes are a choice, so these
 * are facts, not risks.
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
                + mappedClasses(sessionFactory.mappings()) + ", ddl-auto " + ddl
                + ", open-in-view " + (openInView() ? "on (a request keeps its session, not a connection)" : "off")
                + ", N+1 detection " + mode.name().toLowerCase(Locale.ROOT)
                + (mode == NPlusOneMode.OFF ? "" : " (threshold " + sessionFactory.nPlusOneThreshold() + ")");
    }

    /** "3 mapped classes (2 plain, 1 Base or enhanced)". */
    static String mappedClasses(List<EntityMapping<?>> mappings) {
        int inField = 0;
        for (EntityMapping<?> m : mappings) {
            if (Base.class.isAssignableFrom(m.type()) || StateCarrier.class.isAssignableFrom(m.type())) {
                inField++;
            }
        }
        return mappings.size() + (mappings.size() == 1 ? " mapped class (" : " mapped classes (")
                + (mappings.size() - inField) + " plain, " + inField + " Base or enhanced)";
    }

    private boolean openInView() {
        return ClassUtils.isPresent("org.springframework.web.context.request.WebRequestInterceptor",
                getClass().getClassLoader())
                && context.getBeanNamesForType(OpenSessionInViewInterceptor.class, false, false).length > 0;
    }
}
