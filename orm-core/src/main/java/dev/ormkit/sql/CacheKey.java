package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a statement: everything that decides its SQL text, and none of its bound values.
 * Two statements built apart with equal keys compile to the same SQL, so a dialect compiles
 * the shape once and later only binds the new statement's values.
 *
 * <p>A key is a flat sequence of parts written by {@link ClauseElement#appendCacheKey}: each
 * node writes its class, then its structural data (operator, names, flags, SQL text, types),
 * then its children. Tables and columns are parts by identity, so equal names from different
 * {@code MetaData} never share SQL. Lists write their length first, so the sequence reads back
 * one way only.
 */
final class CacheKey {
    private final Object[] parts;
    private final int size;
    private final int hash;

    private CacheKey(Object[] parts, int size, int hash) {
        this.parts = parts;
        this.size = size;
        this.hash = hash;
    }

    /** This key with its parts array trimmed, for keeping in a cache. */
    CacheKey compact() {
        return size == parts.length ? this : new CacheKey(Arrays.copyOf(parts, size), size, hash);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CacheKey other) || other.hash != hash || other.size != size) {
            return false;
        }
        Object[] mine = parts;
        Object[] theirs = other.parts;
        for (int i = 0; i < size; i++) {
            Object a = mine[i];
            Object b = theirs[i];
            if (a != b && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** How many parts the key has; for tests and diagnostics. */
    int size() {
        return size;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("CacheKey[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(", ");
            }
            Object p = parts[i];
            out.append(p instanceof Class<?> c ? c.getSimpleName() : String.valueOf(p));
        }
        return out.append(']').toString();
    }

    /**
     * Writes a statement's key and collects its bind parameters in traversal order. One builder
     * per statement; not thread-safe.
     */
    static final class Builder {
        /** Stands for an absent optional part (a null child, a null type). */
        private static final Object NONE = new Marker("none");
        /** Marks a FROM clause met before: the next part is its ordinal. */
        private static final Object SEEN_FROM = new Marker("seen-from");

        private Object[] parts = new Object[48];
        private int size;
        private int hash = 1;
        private final List<BindParam<?>> parameters = new ArrayList<>();
        private FromClause[] froms = new FromClause[4];
        private int fromCount;
        private boolean cacheable = true;
        /** The CTEs whose definitions are being written, innermost last; see {@link #enter}. */
        private final List<Object> scopes = new ArrayList<>(2);

        Builder() {
        }

        /**
         * Adds a part compared with {@code equals}: a node class, a name, SQL text, an enum
         * constant, or an object compared by identity (a table, a column, a mapped class).
         * Never pass a bound value: values are not part of a statement's shape.
         */
        Builder add(@Nullable Object part) {
            Object p = part == null ? NONE : part;
            push(p, p.hashCode());
            return this;
        }

        /** Adds a count or another small number. */
        Builder add(int number) {
            push(Integer.valueOf(number), number);
            return this;
        }

        /** Adds a flag. */
        Builder add(boolean flag) {
            push(flag ? Boolean.TRUE : Boolean.FALSE, flag ? 1231 : 1237);
            return this;
        }

        /** Adds a SQL type (compared by value; hashed by kind, which allocates nothing). */
        Builder addType(@Nullable SqlType<?> type) {
            if (type == null) {
                push(NONE, NONE.hashCode());
            } else {
                push(type, type.kind().hashCode());
            }
            return this;
        }

        /**
         * Adds a child node, or a marker for an absent one. A FROM clause met earlier in this
         * statement is written as a reference to its first occurrence, so that a table alias or
         * derived table shared by an outer and an inner SELECT (which correlates) never shares
         * a key with two separate but equal ones (which do not).
         */
        Builder element(@Nullable ClauseElement element) {
            if (element == null) {
                push(NONE, NONE.hashCode());
            } else if (element instanceof FromClause from) {
                from(from);
            } else {
                element.appendCacheKey(this);
            }
            return this;
        }

        /** Adds a list of child nodes, its length first. */
        Builder elements(List<? extends ClauseElement> elements) {
            int n = elements.size();
            add(n);
            for (int i = 0; i < n; i++) {
                element(elements.get(i));
            }
            return this;
        }

        /** Records a bind parameter of the statement, in traversal order; its key parts are its own business. */
        Builder bind(BindParam<?> parameter) {
            parameters.add(parameter);
            return this;
        }

        /**
         * Marks the statement as having no reliable shape: it is then compiled and cached per
         * instance only. The default of every node that does not describe its shape.
         */
        void uncacheable() {
            cacheable = false;
        }

        /**
         * Marks the start of a definition that may refer to itself (a recursive CTE): a node
         * met again inside it writes a reference only, as the SQL names it only.
         */
        void enter(Object definition) {
            scopes.add(definition);
        }

        /** Ends what {@link #enter} began. */
        void exit(Object definition) {
            scopes.remove(scopes.size() - 1);
        }

        /** True while the definition of {@code definition} is being written. */
        boolean isInside(Object definition) {
            for (Object o : scopes) {
                if (o == definition) {
                    return true;
                }
            }
            return false;
        }

        private void from(FromClause from) {
            for (int i = 0; i < fromCount; i++) {
                if (froms[i] == from) {
                    push(SEEN_FROM, SEEN_FROM.hashCode());
                    add(i);
                    return;
                }
            }
            if (fromCount == froms.length) {
                froms = Arrays.copyOf(froms, fromCount * 2);
            }
            froms[fromCount++] = from;
            from.appendCacheKey(this);
        }

        private void push(Object part, int partHash) {
            if (size == parts.length) {
                parts = Arrays.copyOf(parts, size * 2);
            }
            parts[size++] = part;
            hash = 31 * hash + partHash;
        }

        boolean isCacheable() {
            return cacheable;
        }

        /** The bind parameters met, in traversal order. */
        List<BindParam<?>> parameters() {
            return Collections.unmodifiableList(parameters);
        }

        int parameterCount() {
            return parameters.size();
        }

        BindParam<?> parameter(int index) {
            return parameters.get(index);
        }

        /** The key written so far; call once, after the whole statement. */
        CacheKey build() {
            return new CacheKey(parts, size, hash);
        }
    }

    /** A part no node writes itself; equal only to itself. */
    private static final class Marker {
        private final String name;

        Marker(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code statement}'s key: a SELECT's as it keeps it, any other written into a fresh builder. */
    static Builder of(Executable statement) {
        return statement instanceof Select select ? select.shape() : write(statement);
    }

    /** Writes {@code statement}'s key into a fresh builder. */
    static Builder write(Executable statement) {
        Builder b = new Builder();
        b.element((ClauseElement) statement);
        return b;
    }
}
