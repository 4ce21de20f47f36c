package dev.ormkit.spring.data.query;

import java.lang.reflect.Method;
import dev.ormkit.spring.tx.OrmSessionContext;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * A {@link Query} method runs its SQL; any other is derived from its name. With
 * {@code USE_DECLARED_QUERY} a method without {@link Query} fails at start-up, with
 * {@code CREATE} the annotation is not looked at.
 */
public class OrmQueryLookupStrategy implements QueryLookupStrategy {
    private final OrmSessionContext sessions;
    private final Key key;

    public OrmQueryLookupStrategy(OrmSessionContext sessions, Key key) {
        this.sessions = sessions;
        this.key = key == null ? Key.CREATE_IF_NOT_FOUND : key;
    }

    @Override
    public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
                                        NamedQueries namedQueries) {
        OrmQueryMethod queryMethod = new OrmQueryMethod(method, metadata, factory);
        String sql = queryMethod.declaredQuery();
        if (sql != null && key != Key.CREATE) {
            return new StringBasedOrmQuery(queryMethod, sessions, sql);
        }
        if (key == Key.USE_DECLARED_QUERY) {
            throw new IllegalStateException(queryMethod.describe() + " has no @Query, and the query lookup strategy"
                    + " is USE_DECLARED_QUERY: declare its SQL, or let the method name be derived");
        }
        if (queryMethod.isModifyingQuery()) {
            throw new IllegalStateException(queryMethod.describe() + " is @Modifying but has no @Query: derived"
                    + " methods modify only as deleteBy/removeBy");
        }
        return new PartTreeOrmQuery(queryMethod, sessions);
    }
}
