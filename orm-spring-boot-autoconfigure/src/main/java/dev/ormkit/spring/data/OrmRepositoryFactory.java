package dev.ormkit.spring.data;

import java.util.Optional;
import dev.ormkit.spring.data.query.OrmQueryLookupStrategy;
import dev.ormkit.spring.tx.OrmSessionContext;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;
import org.springframework.data.repository.core.support.RepositoryFragment;
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

    /** ormkit's own fragments: {@link OrmPredicateExecutor} for the interfaces that extend it. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected RepositoryFragments getRepositoryFragments(RepositoryMetadata metadata) {
        RepositoryFragments fragments = super.getRepositoryFragments(metadata);
        if (OrmPredicateExecutor.class.isAssignableFrom(metadata.getRepositoryInterface())) {
            OrmEntityInformation<?, ?> entity = (OrmEntityInformation<?, ?>) getEntityInformation(metadata);
            fragments = fragments.append(RepositoryFragment.implemented(OrmPredicateExecutor.class,
                    new OrmPredicateExecutorImpl(entity, sessions)));
        }
        return fragments;
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
