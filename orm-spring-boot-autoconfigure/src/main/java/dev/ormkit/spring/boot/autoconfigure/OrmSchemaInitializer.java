package dev.ormkit.spring.boot.autoconfigure;

import javax.sql.DataSource;
import dev.ormkit.engine.Engine;
import dev.ormkit.schema.MetaData;
import dev.ormkit.spring.boot.autoconfigure.OrmProperties.DdlAuto;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;

/**
 * Applies {@code orm.ddl-auto} at start-up, before the session factory is built: creates the
 * missing tables, or validates the schema; with {@code create-drop} drops the tables when the
 * context closes.
 */
public class OrmSchemaInitializer implements InitializingBean, DisposableBean {
    private final Engine engine;
    private final MetaData metadata;
    private final DdlAuto mode;

    public OrmSchemaInitializer(Engine engine, MetaData metadata, DdlAuto mode) {
        this.engine = engine;
        this.metadata = metadata;
        this.mode = mode;
    }

    /**
     * {@code configured} when set; else {@code create} for an embedded database and
     * {@code none} otherwise. Boot knows H2, HSQLDB and Derby as embedded; SQLite, a file or
     * memory database inside the application, is embedded too, which Boot does not know.
     */
    static DdlAuto effectiveMode(@Nullable DdlAuto configured, DataSource dataSource, Engine engine) {
        if (configured != null) {
            return configured;
        }
        boolean embedded = engine.dialect().alwaysEmbedded()
                || EmbeddedDatabaseConnection.isEmbedded(dataSource);
        return embedded ? DdlAuto.CREATE : DdlAuto.NONE;
    }

    /** The mode in force. */
    public DdlAuto mode() {
        return mode;
    }

    @Override
    public void afterPropertiesSet() {
        switch (mode) {
            case CREATE, CREATE_DROP -> metadata.createAll(engine);
            case VALIDATE -> SchemaValidator.validate(metadata, engine);
            case NONE -> {
            }
        }
    }

    @Override
    public void destroy() {
        if (mode == DdlAuto.CREATE_DROP) {
            metadata.dropAll(engine);
        }
    }
}
