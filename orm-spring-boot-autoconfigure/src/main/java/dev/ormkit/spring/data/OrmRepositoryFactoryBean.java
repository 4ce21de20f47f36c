package dev.ormkit.spring.data;

import dev.ormkit.spring.tx.OrmSessionContext;
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

    public OrmRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
        super(repositoryInterface);
    }

    /** The session context the repositories run on. */
    @Autowired
    public void setSessionContext(OrmSessionContext sessions) {
        this.sessions = sessions;
    }

    @Override
    public void afterPropertiesSet() {
        Assert.state(sessions != null, "OrmSessionContext must be set");
        super.afterPropertiesSet();
    }

    @Override
    protected RepositoryFactorySupport doCreateRepositoryFactory() {
        return new OrmRepositoryFactory(sessions);
    }
}
