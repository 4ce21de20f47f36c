package dev.ormkit.spring.observation;

import java.util.Locale;
import dev.ormkit.spring.observation.OrmObservationDocumentation.QueryHighCardinalityKeys;
import dev.ormkit.spring.observation.OrmObservationDocumentation.QueryLowCardinalityKeys;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * ormkit's own names for statement observations: {@code orm.queries}, low-cardinality keys
 * {@code statement} and {@code outcome} (the only meter tags), and the SQL, database, batch
 * size, row count, origin, entity and engine as high-cardinality keys, which tracing puts on
 * the span and metrics never see. Origin and entity are bounded, but a tag each would
 * multiply the timer's series by every class and loader path; a convention that wants them
 * as tags can move them. The span is named after the statement kind ({@code "orm select"}), not the SQL,
 * so that trace views group it.
 */
public class DefaultOrmQueryObservationConvention implements OrmQueryObservationConvention {
    /** The name of the observation, hence of its timer. */
    public static final String NAME = "orm.queries";
    /** The shared instance. */
    public static final DefaultOrmQueryObservationConvention INSTANCE = new DefaultOrmQueryObservationConvention();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(OrmQueryContext context) {
        return "orm " + context.getKind().tag();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(OrmQueryContext context) {
        return KeyValues.of(
                KeyValue.of(QueryLowCardinalityKeys.STATEMENT, context.getKind().tag()),
                KeyValue.of(QueryLowCardinalityKeys.OUTCOME, context.getError() == null ? "SUCCESS" : "ERROR"));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(OrmQueryContext context) {
        KeyValues values = KeyValues.of(
                KeyValue.of(QueryHighCardinalityKeys.QUERY_TEXT, context.getSql()),
                KeyValue.of(QueryHighCardinalityKeys.DATABASE, context.getDatabase()),
                KeyValue.of(QueryHighCardinalityKeys.ORIGIN, context.getOrigin().name().toLowerCase(Locale.ROOT)),
                KeyValue.of(QueryHighCardinalityKeys.ENGINE, context.getEngineName()));
        Class<?> entity = context.getEntity();
        if (entity != null) {
            values = values.and(KeyValue.of(QueryHighCardinalityKeys.ENTITY, entity.getName()));
        }
        if (context.getBatchSize() > 1) {
            values = values.and(KeyValue.of(QueryHighCardinalityKeys.BATCH_SIZE, Integer.toString(context.getBatchSize())));
        }
        if (context.getRowCount() >= 0) {
            values = values.and(KeyValue.of(QueryHighCardinalityKeys.ROWS, Long.toString(context.getRowCount())));
        }
        return values;
    }
}
