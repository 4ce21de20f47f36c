package dev.ormkit.event;

/**
 * Hears of each object a flush is about to write, SQLAlchemy's {@code before_insert} and
 * {@code before_update} mapper events: register one on the engine
 * ({@code engine.events().addMapperListener(listener)}). A listener may change the object's
 * column attributes, and the INSERT or UPDATE then writes the changed values (auditing
 * columns, computed keys). It runs on the flushing thread; unlike an {@link OrmListener}, an
 * exception it throws aborts the flush and reaches the caller, as nothing has been written.
 */
public interface MapperListener {

    /** {@code object} is about to be INSERTed. */
    default void beforeInsert(Object object) {
    }

    /** {@code object}, already in the database, has changed columns and is about to be UPDATEd. */
    default void beforeUpdate(Object object) {
    }
}
