package dev.ormkit.orm;

import org.jspecify.annotations.Nullable;

/**
 * An optional superclass for mapped classes, named after SQLAlchemy's declarative {@code Base}:
 * where a Python user writes {@code class User(Base)}, a Java user may write
 * {@code class User extends Base}. Nothing requires it: a plain class (no superclass, no build
 * plugin) is mapped and behaves identically in every respect a program can observe.
 *
 * <p>What it saves: a session keeps a state for every object it manages (its status, identity
 * key, the column values last read or written, which relationships are loaded; see
 * {@link InstanceState}). Python keeps that state on the object itself; a plain Java class has no
 * room for it, so ormkit finds the state of a plain object through a process-wide registry of
 * weak references by identity hash, and each session through an identity-hash map from object to
 * state. A subclass of {@code Base} carries its state in a field instead: loading or adding an
 * object allocates no weak reference and no registry or map entry, takes no identity hash, and
 * garbage collections have no weak references of these objects to process. A class that
 * cannot give up its superclass gets the same from the build-time enhancement
 * ({@link StateCarrier}, {@link dev.ormkit.enhance.StateFieldPlugin}).
 *
 * <p>The field is invisible to the mapping: it is {@code transient} and declared here, outside
 * the mapped class, so neither {@link dev.ormkit.schema.MetaData} nor the generated metamodel
 * ({@code User_}) has a column or attribute for it, and Java serialization, JSON mappers and
 * copies made through constructors leave it out (a copy is a new, transient object, as for a
 * plain class). {@code Base} declares no methods: {@code equals} and {@code hashCode} stay
 * {@link Object}'s (identity) unless the subclass overrides them.
 *
 * <p>The field refers to the state, and the state to the object, so an object leaves memory
 * with its state once the program and its session let go of it, as a plain object does. One
 * difference: while the session is open, an object expunged from it stays reachable as long as
 * an attached object loaded by the same query is, since the query's list of its objects (for
 * batch lazy loading and N+1 detection) holds their states; a plain object's state holds it
 * weakly. Closing the session drops those lists.
 */
public abstract class Base {
    /**
     * The object's state, set when a session first adds or loads it; null before. A copy made by
     * {@code clone()} shares it, so lookups check that the state's object is this one.
     */
    transient @Nullable InstanceState ormkitState;

    /** For subclasses. */
    protected Base() {
    }
}
