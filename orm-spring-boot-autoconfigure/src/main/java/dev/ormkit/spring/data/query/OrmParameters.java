package dev.ormkit.spring.data.query;

import java.util.List;
import dev.ormkit.orm.LoaderOption;
import org.springframework.core.MethodParameter;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.Parameters;
import org.springframework.data.repository.query.ParametersSource;

/**
 * The parameters of an ormkit query method: Spring Data's, with a {@link LoaderOption}
 * parameter (a single option or {@code LoaderOption...}) counted as special, as {@code Pageable}
 * and {@code Sort} are, so derivation and {@code @Query} binding skip it.
 */
public final class OrmParameters extends Parameters<OrmParameters, OrmParameters.OrmParameter> {

    /** The parameters of the method {@code source} describes. */
    public OrmParameters(ParametersSource source) {
        super(source, p -> new OrmParameter(p, source.getDomainTypeInformation()));
    }

    private OrmParameters(List<OrmParameter> parameters) {
        super(parameters);
    }

    @Override
    protected OrmParameters createFrom(List<OrmParameter> parameters) {
        return new OrmParameters(parameters);
    }

    /** The index of the loader option parameter, or -1 when the method has none. */
    public int getLoaderOptionsIndex() {
        for (OrmParameter p : this) {
            if (p.isLoaderOptions()) {
                return p.getIndex();
            }
        }
        return -1;
    }

    /** One parameter; a loader option parameter is special, never bound to the query. */
    public static final class OrmParameter extends Parameter {

        OrmParameter(MethodParameter parameter, TypeInformation<?> domainType) {
            super(parameter, domainType);
        }

        /** True for a {@link LoaderOption} or {@code LoaderOption...} parameter. */
        public boolean isLoaderOptions() {
            Class<?> type = getType();
            return type == LoaderOption.class || type == LoaderOption[].class;
        }

        @Override
        public boolean isSpecialParameter() {
            return isLoaderOptions() || super.isSpecialParameter();
        }
    }
}
