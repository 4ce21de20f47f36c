package dev.ormkit.spring.data.query;

import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.Parameters;
import org.springframework.data.repository.query.ParametersSource;
import org.springframework.data.repository.query.QueryMethod;

/** A repository query method with ormkit's annotations read: {@link Query}, {@link Modifying}. */
public class OrmQueryMethod extends QueryMethod {
    private final Method method;
    private final ProjectionFactory projections;

    public OrmQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
        super(method, metadata, factory);
        this.method = method;
        this.projections = factory;
    }

    /** Spring Data's factory of interface projections, for projections read from columns. */
    public ProjectionFactory projectionFactory() {
        return projections;
    }

    /** The SQL of {@link Query}, or null for a derived query. */
    public @Nullable String declaredQuery() {
        Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
        return query == null || query.value().isBlank() ? null : query.value();
    }

    /** Spring Data's parameters, with a {@code LoaderOption...} parameter special (never bound). */
    @Override
    protected Parameters<?, ?> createParameters(ParametersSource source) {
        return new OrmParameters(source);
    }

    /** The count SQL of {@link Query#countQuery()}, or null when it is not given. */
    public @Nullable String declaredCountQuery() {
        Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
        return query == null || query.countQuery().isBlank() ? null : query.countQuery();
    }

    @Override
    public boolean isModifyingQuery() {
        return AnnotatedElementUtils.hasAnnotation(method, Modifying.class);
    }

    /** The Java method, for messages. */
    public Method method() {
        return method;
    }

    /** {@code AuthorRepository.findByName}, for messages. */
    public String describe() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
