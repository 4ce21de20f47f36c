package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ListIterator;
import dev.ormkit.mapping.RelationshipAttribute;

/**
 * The {@link InstrumentedCollection} a session installs in a {@code List} relationship field.
 * Positional reads and writes load first and back-populate like the rest; {@code subList} and
 * list iterators are views of the loaded members that do not back-populate.
 */
final class InstrumentedList extends InstrumentedCollection<List<Object>> implements List<Object> {
    InstrumentedList(InstanceState owner, RelationshipAttribute relationship, boolean loaded) {
        super(new ArrayList<>(), owner, relationship, loaded);
    }

    @Override
    public boolean addAll(int index, Collection<?> c) {
        int i = index;
        for (Object o : new ArrayList<>(c)) {
            add(i++, o);
        }
        return !c.isEmpty();
    }

    @Override
    public Object get(int index) {
        load();
        return delegate.get(index);
    }

    @Override
    public Object set(int index, Object element) {
        load();
        Object old = delegate.set(index, element);
        if (old != element) {
            removed(old);
            added(element);
        }
        return old;
    }

    @Override
    public void add(int index, Object element) {
        load();
        delegate.add(index, element);
        added(element);
    }

    @Override
    public Object remove(int index) {
        load();
        Object old = delegate.remove(index);
        removed(old);
        return old;
    }

    @Override
    public int indexOf(Object o) {
        load();
        return delegate.indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        load();
        return delegate.lastIndexOf(o);
    }

    @Override
    public ListIterator<Object> listIterator() {
        load();
        return delegate.listIterator();
    }

    @Override
    public ListIterator<Object> listIterator(int index) {
        load();
        return delegate.listIterator(index);
    }

    @Override
    public List<Object> subList(int fromIndex, int toIndex) {
        load();
        return delegate.subList(fromIndex, toIndex);
    }
}
