package dev.ormkit.spring.data;

import dev.ormkit.spring.tx.OrmSessionContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.core.support.TransactionalRepositoryFactoryBeanSupport;
import org.springframework.util.Assert;

/**
 * The bean definition behind each repository interface; the transaction and exception
 * translation proxies come from {@link TransactionalRepositoryFactoryBeanSupport}.
 */
public class OrmRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
        extends TransactionalRepositoryFactoryBeanSupport<T, S, ID> {
    private OrmSessionContext sessions;
    private @Nullable String transactionManager;
    private @Nullable BeanFactory beanFactory;

    public OrmRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
        super(repositoryInterface);
    }

    /** The session context the repositories run on. */
    @Autowired
    public void setSessionContext(OrmSessionContext sessions) {
        this.sessions = sessions;
    }

    @Override
    public void setTransactionManager(String transactionManager) {
        super.setTransactionManager(transactionManager);
        this.transactionManager = transactionManager;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        this.beanFactory = beanFactory;
    }

    @Override
    public void afterPropertiesSet() {
        Assert.state(sessions != null, "OrmSessionContext must be set");
        super.afterPropertiesSet();
    }

    @Override
    protected RepositoryFactorySupport doCreateRepositoryFactory() {
        OrmRepositoryFactory factory = new OrmRepositoryFactory(sessions);
        BeanFactory beans = beanFactory;
        if (beans != null) {
            // query methods are declared on the interface, where the base class's @Transactional does not reach
            factory.addRepositoryProxyPostProcessor((proxy, repository) -> proxy.addAdvice(
                    QueryMethodTransactions.interceptor(repository, beans, transactionManager)));
        }
        return factory;
    }
}
