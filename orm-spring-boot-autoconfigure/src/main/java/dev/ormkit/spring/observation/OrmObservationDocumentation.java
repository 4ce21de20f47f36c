package dev.ormkit.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The Observations ormkit makes, with their keys: the one place their names are spelled. */
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
        STATEMENT {
            @Override
            public String asString() {
                return "statement";
            }
        },
        /** {@code SUCCESS} or {@code ERROR}. */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        }
    }

    /** Keys for spans only: unbounded values that must never become meter tags. */
    public enum QueryHighCardinalityKeys implements KeyName {
        /** The SQL as sent, with placeholders (OpenTelemetry's {@code db.query.text}). */
        QUERY_TEXT {
            @Override
            public String asString() {
                return "db.query.text";
            }
        },
        /** The database, as ormkit's dialect names it (OpenTelemetry's {@code db.system.name}). */
        DATABASE {
            @Override
            public String asString() {
                return "db.system.name";
            }
        },
        /** Parameter sets sent in one call, when more than one (OpenTelemetry's {@code db.operation.batch.size}). */
        BATCH_SIZE {
            @Override
            public String asString() {
                return "db.operation.batch.size";
            }
        },
        /** Rows returned or changed, once known (OpenTelemetry's {@code db.response.returned_rows}). */
        ROWS {
            @Override
            public String asString() {
                return "db.response.returned_rows";
            }
        },
        /** Why the statement ran: {@code query}, {@code get}, {@code lazy_load}, {@code flush}, ... */
        ORIGIN {
            @Override
            public String asString() {
                return "orm.origin";
            }
        },
        /** The mapped class the statement was sent for, when there is one. */
        ENTITY {
            @Override
            public String asString() {
                return "orm.entity";
            }
        },
        /** The engine's name ({@code EngineOptions.name}). */
        ENGINE {
            @Override
            public String asString() {
                return "orm.engine";
            }
        }
    }
}
