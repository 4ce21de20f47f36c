/**
 * Object-relational mapping: the annotations that declare mapped classes, and the model built
 * from them, which the {@code Session} and queries work from.
 *
 * <h2>Declaring</h2>
 * {@link dev.ormkit.mapping.Table @Table} on a plain class (no base class; a no-argument
 * constructor of any visibility), {@link dev.ormkit.mapping.Column @Column} and
 * {@link dev.ormkit.mapping.ForeignKey @ForeignKey} on fields, {@link dev.ormkit.mapping.Relationship
 * @Relationship} on fields holding related objects. Every non-static field that is neither
 * {@code transient} nor {@link dev.ormkit.mapping.Transient @Transient} is mapped.
 *
 * <h2>The model</h2>
 * <ul>
 * <li>{@link dev.ormkit.mapping.EntityMapping#of EntityMapping.of(User.class)}: built once per
 *     class, cached, immutable, thread-safe. {@code table()} is a Core
 *     {@link dev.ormkit.schema.Table}; {@code tables()} lists every table a row spans (root first,
 *     for joined inheritance); {@code selectable()}/{@code selectedColumns()} are what a SELECT
 *     reads; {@code newInstance()} creates an object for a loaded row.</li>
 * <li>{@link dev.ormkit.mapping.ColumnAttribute}: per mapped field; {@code get}/{@code set}
 *     through a generated accessor class (cheap per row), {@code column()}, {@code isPrimaryKey()},
 *     {@code isGenerated()} (the autoincrement key, written back after INSERT),
 *     {@code isVersion()}, {@code insertDefault()} (the value to write at INSERT when the field
 *     is null). {@code EntityMapping.attributeFor(column)} maps a result column back.</li>
 * <li>Identity: {@code identityKey(entity)} gives an {@link dev.ormkit.mapping.EntityKey} (root
 *     class + key values) or null while the key is unset; {@code keyFor(id)} builds one from what
 *     a caller passes to {@code get}.</li>
 * <li>{@link dev.ormkit.mapping.RelationshipAttribute}: {@code direction()}
 *     ({@link dev.ormkit.mapping.Direction}: MANY_TO_ONE holds the key locally, ONE_TO_MANY and
 *     ONE_TO_ONE remotely, MANY_TO_MANY through {@code secondary()}); {@code pairs()} as
 *     (local, remote) column pairs and {@code primaryJoin()}/{@code secondaryJoin()} as ON
 *     conditions; {@code backPopulates()} the partner attribute; {@code cascade()},
 *     {@code lazy()}, {@code orderBy()}; {@code get}/{@code set} and {@code newCollection()}.</li>
 * <li>Inheritance: {@code parent()}, {@code root()}, {@code subclasses()},
 *     {@code discriminatorColumn()}/{@code discriminatorValue()},
 *     {@code forDiscriminator(value)} to pick the class of a loaded row, and
 *     {@code discriminatorCriterion()} to restrict a single-table subclass's queries.</li>
 * <li>{@link dev.ormkit.mapping.Mappings#validate Mappings.validate(classes...)}: builds and
 *     checks a set of classes and everything they reach, failing with a
 *     {@link dev.ormkit.exc.MappingException} that names the class, the field and the fix. A
 *     session factory calls it at start-up.</li>
 * </ul>
 * Core statements accept mapped classes ({@code select(User.class)}, {@code insert(User.class)})
 * through {@link dev.ormkit.mapping.MappingEntityResolver}, and
 * {@code MetaData.of(...)}/{@code MetaData.scan(...)} gather mapped tables through
 * {@link dev.ormkit.mapping.MappedTables}.
 */
@NullMarked
package dev.ormkit.mapping;

import org.jspecify.annotations.NullMarked;
