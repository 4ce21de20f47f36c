package dev.ormkit.engine;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import dev.ormkit.exc.MultipleResultsException;
import dev.ormkit.exc.NoResultException;
import org.jspecify.annotations.Nullable;

/** The first column of each row of a result: {@code result.scalars().all()}. */
public final class ScalarResult<T> implements Iterable<T> {
    private final List<T> values;

    ScalarResult(List<T> values) {
        this.values = java.util.Collections.unmodifiableList(values);
    }

    public List<T> all() {
        return values;
    }

    public @Nullable T first() {
        return values.isEmpty() ? null : values.get(0);
    }

    public T one() {
        if (values.isEmpty()) {
            throw new NoResultException("No row was found when one was required");
        }
        if (values.size() > 1) {
            throw new MultipleResultsException("Multiple rows (" + values.size() + ") were found when exactly one was required",
                    values.size());
        }
        return values.get(0);
    }

    public @Nullable T oneOrNone() {
        if (values.size() > 1) {
            throw new MultipleResultsException("Multiple rows (" + values.size() + ") were found when one or none was required",
                    values.size());
        }
        return first();
    }

    @Override
    public Iterator<T> iterator() {
        return values.iterator();
    }

    public Stream<T> stream() {
        return values.stream();
    }
}
