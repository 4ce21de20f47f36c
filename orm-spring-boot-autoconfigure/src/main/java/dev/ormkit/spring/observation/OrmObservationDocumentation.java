package dev.ormkit.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The Observations ormkit makes, with their keys: the one place their names are spelled. The
 * keys carry their names as values rather than as a method body each, which would make every
 * key a class of its own to load at the first statement.
 */
public enum OrmObservationDocumentation implements ObservationDocumentation {

    /** One statement sent to the database. */
    QUERY {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultOrmQueryObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return QueryLowCardinalityKeys.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return QueryHighCardinalityKeys.values();
        }
    };

    /** Keys that become meter tags: each has a handful of values. */
    public enum QueryLowCardinalityKeys implements KeyName {
        /** {@code select}, {@code insert}, {@code update}, {@code delete} or {@code other}. */
        STATEMENT("statement"),
        /** {@code SUCCESS} or {@code ERROR}. */
        OUTCOME("outcome");

        private final String key;

        QueryLowCardinalityKeys(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return key;
        }
    }

    /** Keys for spans only: unbounded values that must never become meter tags. */
    public enum QueryHighCardinalityKeys implements KeyName {
        /** The SQL as sent, with placeholders (OpenTelemetry's {@code db.query.text}). */
        QUERY_TEXT("db.query.text"),
        /** The database, as ormkit's dialect names it (OpenTelemetry's {@code db.system.name}). */
        DATABASE("db.system.name"),
        /** Parameter sets sent in one call, when more than one (OpenTelemetry's {@code db.operation.batch.size}). */
        BATCH_SIZE("db.operation.batch.size"),
        /** Rows returned or changed, once known (OpenTelemetry's {@code db.response.returned_rows}). */
        ROWS("db.response.returned_rows"),
        /** Why the statement ran: {@code query}, {@code get}, {@code lazy_load}, {@code flush}, ... */
        ORIGIN("orm.origin"),
        /** The mapped class the statement was sent for, when there is one. */
        ENTITY("orm.entity"),
        /** The engine's name ({@code EngineOptions.name}). */
        ENGINE("orm.engine");

        private final String key;

        QueryHighCardinalityKeys(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return key;
        }
    }
}
