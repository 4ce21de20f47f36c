package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The collection a session installs in a relationship field ({@code user.posts}) of an object
 * it loaded or was given. It does two things a plain {@code ArrayList} cannot:
 * <ul>
 * <li>it loads on first use: any read or write of an unloaded collection first asks the
 *     session to load it (or throws, for a {@code raise} relationship, or for an object whose
 *     session is closed);</li>
 * <li>it keeps the other side in step: adding a post to {@code user.getPosts()} sets the post's
 *     author, removing it clears the author (SQLAlchemy's backref events).</li>
 * </ul>
 * Methods with a {@code raw} prefix change the members without loading or back-populating:
 * the session uses them for the other side of a change it is already making.
 *
 * @param <C> the backing collection type
 */
abstract class InstrumentedCollection<C extends Collection<Object>> implements Collection<Object> {
    final C delegate;
    final InstanceState owner;
    final RelationshipAttribute relationship;
    private volatile boolean loaded;
    /** How this collection loads when touched unloaded: lazily, by raising, or never (empty). */
    private LoadMode mode = LoadMode.LAZY;

    InstrumentedCollection(C delegate, InstanceState owner, RelationshipAttribute relationship, boolean loaded) {
        this.delegate = delegate;
        this.owner = owner;
        this.relationship = relationship;
        this.loaded = loaded;
    }

    /** True once the members reflect the database (or the collection was built by the program). */
    final boolean isLoaded() {
        return loaded;
    }

    final void markLoaded() {
        loaded = true;
    }

    final void mode(LoadMode m) {
        this.mode = m;
    }

    final LoadMode mode() {
        return mode;
    }

    /** Set when an eager loader filled it; cleared by any use. Still set at close: an unused eager load. */
    boolean eagerUnused;

    /** Loads the members when they are not loaded yet; what every public method does first. */
    final void load() {
        eagerUnused = false;
        if (!loaded) {
            LazyLoader.loadCollection(this);
        }
    }

    /** The members as they are, without loading. */
    final List<Object> peek() {
        return new ArrayList<>(delegate);
    }

    /** True when it holds no member now, without loading. */
    final boolean peekEmpty() {
        return delegate.isEmpty();
    }

    /** Replaces the members with what a loader read; members the program added meanwhile stay, after them. */
    final void fill(List<Object> fromDatabase) {
        List<Object> extra = new ArrayList<>();
        for (Object o : delegate) {
            if (!containsSame(fromDatabase, o)) {
                extra.add(o);
            }
        }
        delegate.clear();
        delegate.addAll(fromDatabase);
        delegate.addAll(extra);
        loaded = true;
    }

    final void rawAdd(Object member) {
        if (!containsSame(delegate, member)) {
            delegate.add(member);
        }
    }

    final void rawRemove(Object member) {
        delegate.removeIf(o -> o == member);
    }

    static boolean containsSame(Collection<?> c, Object member) {
        if (c instanceof RandomAccess && c instanceof List<?> list) {
            // by index: a joined load asks this once per row, and an iterator each time adds up
            for (int i = 0, n = list.size(); i < n; i++) {
                if (list.get(i) == member) {
                    return true;
                }
            }
            return false;
        }
        for (Object o : c) {
            if (o == member) {
                return true;
            }
        }
        return false;
    }

    // --- back-population ------------------------------------------------------------------------

    final void added(@Nullable Object member) {
        if (member == null) {
            return;
        }
        RelationshipAttribute partner = relationship.backPopulates();
        if (partner == null) {
            return;
        }
        Object holder = owner.object();
        if (holder == null) {
            return;
        }
        if (partner.isCollection()) {
            Object other = partner.get(member);
            if (other instanceof InstrumentedCollection<?> ic) {
                ic.rawAdd(holder);
            } else if (other instanceof Collection<?>) {
                @SuppressWarnings("unchecked")
                Collection<Object> c = (Collection<Object>) other;
                if (!containsSame(c, holder)) {
                    c.add(holder);
                }
            }
        } else if (partner.get(member) != holder) {
            Object previous = partner.get(member);
            partner.set(member, holder);
            if (previous != null) { // it moved: leave the old parent's collection
                Object old = relationship.get(previous);
                if (old instanceof InstrumentedCollection<?> ic) {
                    ic.rawRemove(member);
                }
            }
        }
    }

    final void removed(@Nullable Object member) {
        if (member == null) {
            return;
        }
        owner.keepRemoved(relationship, member); // out of any session, the baseline holds it weakly
        RelationshipAttribute partner = relationship.backPopulates();
        Object holder = owner.object();
        if (partner == null || holder == null) {
            return;
        }
        if (partner.isCollection()) {
            Object other = partner.get(member);
            if (other instanceof InstrumentedCollection<?> ic) {
                ic.rawRemove(holder);
            } else if (other instanceof Collection<?> c) {
                c.removeIf(o -> o == holder);
            }
        } else if (partner.get(member) == holder) {
            partner.set(member, null);
        }
    }

    // --- Collection ------------------------------------------------------------------------------

    @Override
    public int size() {
        load();
        return delegate.size();
    }

    @Override
    public boolean isEmpty() {
        load();
        return delegate.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        load();
        return delegate.contains(o);
    }

    @Override
    public Iterator<Object> iterator() {
        load();
        Iterator<Object> it = delegate.iterator();
        return new Iterator<>() {
            private @Nullable Object last;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                last = it.next();
                return last;
            }

            @Override
            public void remove() {
                it.remove();
                removed(last);
            }
        };
    }

    @Override
    public Object[] toArray() {
        load();
        return delegate.toArray();
    }

    @Override
    public <A> A[] toArray(A[] a) {
        load();
        return delegate.toArray(a);
    }

    @Override
    public boolean add(Object e) {
        load();
        boolean changed = delegate.add(e);
        if (changed) {
            added(e);
        }
        return changed;
    }

    @Override
    public boolean remove(Object o) {
        load();
        boolean changed = delegate.remove(o);
        if (changed) {
            removed(o);
        }
        return changed;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        load();
        return delegate.containsAll(c);
    }

    @Override
    public boolean addAll(Collection<?> c) {
        boolean changed = false;
        for (Object o : new ArrayList<>(c)) {
            changed |= add(o);
        }
        return changed;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        boolean changed = false;
        for (Object o : new ArrayList<>(c)) {
            while (remove(o)) {
                changed = true;
            }
        }
        return changed;
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        load();
        boolean changed = false;
        for (Object o : new ArrayList<>(delegate)) {
            if (!c.contains(o)) {
                changed |= remove(o);
            }
        }
        return changed;
    }

    @Override
    public void clear() {
        load();
        List<Object> gone = new ArrayList<>(delegate);
        delegate.clear();
        for (Object o : gone) {
            removed(o);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        load();
        return delegate.equals(o instanceof InstrumentedCollection<?> ic ? ic.delegate : o);
    }

    @Override
    public int hashCode() {
        load();
        return delegate.hashCode();
    }

    /**
     * The members, loading them first as {@code print(user.posts)} does; where loading is not
     * allowed (a closed session, a {@code raise} relationship) it says so instead of throwing,
     * so that a log line or a debugger never fails on it.
     */
    @Override
    public String toString() {
        try {
            boolean unused = eagerUnused;
            load();
            eagerUnused = unused; // printing is not using
        } catch (dev.ormkit.exc.OrmException e) {
            return "[unloaded " + relationship.owner().getSimpleName() + "." + relationship.name() + "]";
        }
        return delegate.toString();
    }
}
