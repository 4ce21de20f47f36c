package dev.ormkit.spring.data;

import java.util.Optional;
import dev.ormkit.spring.data.query.OrmQueryLookupStrategy;
import dev.ormkit.spring.tx.OrmSessionContext;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/** Makes the repository proxies: {@link SimpleOrmRepository} as the base, derived and declared queries. */
public class OrmRepositoryFactory extends RepositoryFactorySupport {
    private final OrmSessionContext sessions;

    public OrmRepositoryFactory(OrmSessionContext sessions) {
        this.sessions = sessions;
    }

    @Override
    public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
        return new OrmEntityInformation<>(metadata.getDomainType());
    }

    @Override
    protected Object getTargetRepository(RepositoryInformation information) {
        return getTargetRepositoryViaReflection(information, getEntityInformation(information), sessions);
    }

    @Override
    protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
        return SimpleOrmRepository.class;
    }

    @Override
    protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.Key key,
                                                                   ValueExpressionDelegate valueExpressions) {
        return Optional.of(new OrmQueryLookupStrategy(sessions, key));
    }
}
