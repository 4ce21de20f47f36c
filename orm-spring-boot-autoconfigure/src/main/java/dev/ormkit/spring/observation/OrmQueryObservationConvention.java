package dev.ormkit.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and keys of {@code orm.queries} Observations. Implement it (or extend
 * {@link DefaultOrmQueryObservationConvention}) and declare it as a bean to change them for
 * ormkit alone, or declare a {@code GlobalObservationConvention<OrmQueryContext>} to have the
 * observation registry apply it.
 */
public interface OrmQueryObservationConvention extends ObservationConvention<OrmQueryContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof OrmQueryContext;
    }
}
