package dev.ormkit.spring.tx;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Adds the {@link OrmNestedTransactionListener} to every transaction manager of the context,
 * including those the application defines itself (Boot adds listener beans only to the one
 * it auto-configures). The listener is looked up when the first transaction manager is made,
 * so defining this post-processor early does not make the session factory early.
 */
public class OrmTransactionManagerPostProcessor implements BeanPostProcessor {
    private final ObjectProvider<OrmNestedTransactionListener> listener;

    public OrmTransactionManagerPostProcessor(ObjectProvider<OrmNestedTransactionListener> listener) {
        this.listener = listener;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ConfigurableTransactionManager manager) {
            OrmNestedTransactionListener l = listener.getIfAvailable();
            if (l != null && !contains(manager, l)) {
                manager.addListener(l);
            }
        }
        return bean;
    }

    private static boolean contains(ConfigurableTransactionManager manager, TransactionExecutionListener l) {
        return manager.getTransactionExecutionListeners().contains(l);
    }
}
