package dev.ormkit.spring.actuate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.StatementCacheStatistics;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code orm} Actuator endpoint ({@code GET /actuator/orm} once exposed): per session
 * factory, the mapped entities (class, table, columns, relationships with their loading
 * strategy), the N+1 sites its sessions reported, and its statement cache's hits and misses.
 * Read-only, and exposed only as the application exposes endpoints
 * ({@code management.endpoints.web.exposure.include=orm}).
 */
@Endpoint(id = "orm")
public class OrmEndpoint {
    private final Map<String, SessionFactory> sessionFactories;
    private final NPlusOneSites sites;

    /**
     * @param sessionFactories the session factories by bean name
     * @param sites the N+1 site log of their engines
     */
    public OrmEndpoint(Map<String, SessionFactory> sessionFactories, NPlusOneSites sites) {
        this.sessionFactories = sessionFactories;
        this.sites = sites;
    }

    /** Everything the endpoint reports. */
    @ReadOperation
    public OrmDescriptor orm() {
        Map<String, SessionFactoryDescriptor> described = new LinkedHashMap<>();
        sessionFactories.forEach((name, factory) -> described.put(name, describe(factory)));
        return new OrmDescriptor(described);
    }

    private SessionFactoryDescriptor describe(SessionFactory factory) {
        Engine engine = factory.engine();
        Dialect dialect = engine.dialect();
        List<EntityDescriptor> entities = new ArrayList<>();
        for (EntityMapping<?> mapping : factory.mappings()) {
            entities.add(describe(mapping, dialect));
        }
        return new SessionFactoryDescriptor(engine.name(), dialect.name(), entities, sites.sitesOf(engine), sites.droppedOf(engine),
                StatementCacheDescriptor.of(engine));
    }

    private static EntityDescriptor describe(EntityMapping<?> mapping, Dialect dialect) {
        List<ColumnDescriptor> columns = new ArrayList<>();
        for (ColumnAttribute a : mapping.columnAttributes()) {
            Table table = a.column().table();
            columns.add(new ColumnDescriptor(a.name(), a.column().name(), table == null ? null : table.name(),
                    dialect.typeName(a.column().type()), a.isPrimaryKey(), a.column().isNullable()));
        }
        List<RelationshipDescriptor> relationships = new ArrayList<>();
        for (RelationshipAttribute r : mapping.relationships()) {
            Table secondary = r.secondary();
            relationships.add(new RelationshipDescriptor(r.name(), r.targetType().getName(), lower(r.direction().name()),
                    r.isCollection(), lower(r.lazy().name()), secondary == null ? null : secondary.name()));
        }
        return new EntityDescriptor(mapping.type().getName(), mapping.table().name(), columns, relationships);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The endpoint's answer: each session factory by bean name. */
    public record OrmDescriptor(Map<String, SessionFactoryDescriptor> sessionFactories) implements OperationResponseBody {
    }

    /**
     * One session factory.
     *
     * @param engine the name of its engine
     * @param database the dialect's name
     * @param entities the mapped classes it validated at start-up
     * @param nPlusOneSites N+1 sites its sessions reported, most recently seen first
     * @param nPlusOneSitesDropped sites not kept because the log was full
     * @param statementCache the compiled-statement cache of its engine
     */
    public record SessionFactoryDescriptor(String engine, String database, List<EntityDescriptor> entities,
                                           List<NPlusOneSites.Site> nPlusOneSites, long nPlusOneSitesDropped,
                                           StatementCacheDescriptor statementCache) {
    }

    /** A mapped class: its name, its (base) table, its columns and relationships. */
    public record EntityDescriptor(String className, String table, List<ColumnDescriptor> columns,
                                   List<RelationshipDescriptor> relationships) {
    }

    /**
     * A mapped column.
     *
     * @param field the Java field
     * @param column the column's name
     * @param table the column's table (differs from the entity's under joined inheritance)
     * @param type the SQL type as this database spells it
     * @param primaryKey part of the primary key
     * @param nullable accepts NULL
     */
    public record ColumnDescriptor(String field, String column, @Nullable String table, String type,
                                   boolean primaryKey, boolean nullable) {
    }

    /**
     * A relationship.
     *
     * @param field the Java field
     * @param target the related class
     * @param direction {@code many-to-one}, {@code one-to-many}, {@code one-to-one} or {@code many-to-many}
     * @param collection whether the field holds a collection
     * @param loading the default loading strategy: {@code select} (lazy), {@code joined}, {@code selectin},
     *                {@code subquery}, {@code raise} or {@code noload}
     * @param secondary the association table of a many-to-many
     */
    public record RelationshipDescriptor(String field, String target, String direction, boolean collection,
                                         String loading, @Nullable String secondary) {
    }

    /**
     * The engine's compiled-statement cache.
     *
     * @param hits statements that reused a compiled form
     * @param misses statements compiled
     * @param size compiled statements kept now
     * @param capacity the most it keeps
     */
    public record StatementCacheDescriptor(long hits, long misses, int size, int capacity) {
        static StatementCacheDescriptor of(Engine engine) {
            StatementCacheStatistics s = engine.statementCacheStatistics();
            return new StatementCacheDescriptor(s.hits(), s.misses(), s.size(), s.capacity());
        }
    }
}
