package dev.ormkit.spring.data.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.engine.Row;
import dev.ormkit.orm.Session;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.sql.Sql;
import dev.ormkit.sql.TextClause;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * A {@link Query} method: its SQL runs with the {@code :name} parameters bound from the
 * method's parameters. A SELECT gives objects of the repository's class through the session's
 * identity map (an object already in the session comes back as that same instance), or the
 * first column for a scalar return type; a {@link Modifying} statement returns its row count,
 * after a flush, and expires the session's objects so none keeps a value it changed. Parameter
 * names are checked against the SQL at start-up.
 */
public class StringBasedOrmQuery implements RepositoryQuery {
    private final OrmQueryMethod method;
    private final OrmSessionContext sessions;
    private final TextClause statement;
    private final Class<?> domain;
    private final QueryLoaderOptions loaderOptions;

    public StringBasedOrmQuery(OrmQueryMethod method, OrmSessionContext sessions, String sql) {
        this.method = method;
        this.sessions = sessions;
        this.statement = Sql.text(sql);
        this.domain = method.getEntityInformation().getJavaType();
        this.loaderOptions = QueryLoaderOptions.of(method);
        Set<String> names = statement.parameterNames();
        for (Parameter p : method.getParameters().getBindableParameters()) {
            String name = p.getName().orElse(null);
            if (name == null || !names.contains(name)) {
                throw new IllegalStateException(method.describe() + ": parameter " + (name == null ? "#" + p.getIndex() : "'"
                        + name + "'") + " has no :" + (name == null ? "name" : name) + " in the @Query SQL " + names
                        + "; name parameters with @Param or compile with -parameters");
            }
        }
        if (method.isPageQuery() || method.isSliceQuery()) {
            throw new IllegalStateException(method.describe() + ": @Query methods cannot return a Page or Slice yet;"
                    + " page in the SQL (LIMIT :size OFFSET :skip) and return a List");
        }
    }

    @Override
    public OrmQueryMethod getQueryMethod() {
        return method;
    }

    @Override
    public @Nullable Object execute(Object[] arguments) {
        ParametersParameterAccessor accessor = new ParametersParameterAccessor(method.getParameters(), arguments);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : method.getParameters().getBindableParameters()) {
            values.put(p.getName().orElseThrow(), accessor.getBindableValue(p.getIndex()));
        }
        Session session = sessions.currentSession();
        if (method.isModifyingQuery()) {
            session.flush();
            long changed = session.execute(statement, values).rowCount();
            session.expireAll();
            Class<?> returned = method.getReturnedObjectType();
            if (returned == int.class || returned == Integer.class) {
                return (int) changed;
            }
            return returned == void.class || returned == Void.class ? null : changed;
        }
        if (!method.isQueryForEntity() && !method.getReturnedObjectType().isInterface()) {
            List<Row> rows = session.execute(statement, values).all();
            if (method.isCollectionQuery()) {
                return rows.stream().map(r -> r.get(0)).toList();
            }
            return rows.isEmpty() ? null : rows.get(0).get(0);
        }
        List<?> found = objects(session, values, arguments);
        if (method.isStreamQuery()) {
            return found.stream();
        }
        if (method.isCollectionQuery()) {
            return found;
        }
        if (found.size() > 1) {
            throw new org.springframework.dao.IncorrectResultSizeDataAccessException(method.describe()
                    + " expects at most one row but its SQL returned " + found.size(), 1, found.size());
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private List<?> objects(Session session, Map<String, Object> values, Object[] arguments) {
        return loaderOptions.applyTo(session.query(domain), arguments).fromStatement(statement, values).all();
    }
}
