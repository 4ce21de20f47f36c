package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Cursor;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import dev.ormkit.engine.RowValues;
import dev.ormkit.event.Origin;
import dev.ormkit.mapping.EntityClause;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.Select;
import org.jspecify.annotations.Nullable;

/**
 * Runs a SELECT for the session and turns its rows into objects: each mapped class in the
 * SELECT list ({@code select(User.class, Post.class)}) becomes one value holding its object,
 * read through the identity map. The first mapped class is loaded under the query's
 * {@link LoadPlan}: joined loads are added to the statement ({@link JoinedRows}); after the
 * rows are read, eager relationships still unloaded are loaded for all the objects at once
 * ({@link SelectInLoader}, {@link SubqueryLoader}). Every object the result holds joins one
 * {@link LoadContext}, for batch lazy loading and N+1 detection.
 */
final class ResultLoader {
    /** A row: its values with each entity's columns replaced by the object. */
    record LoadedRow(List<@Nullable Object> values) {
    }

    /**
     * What a run produced: rows, result keys, statements run after the main one, the objects of
     * the first mapped class, each once, in row order, and those of the other mapped classes and
     * of joined loads.
     */
    static final class Loaded {
        private @Nullable List<LoadedRow> rows;
        /**
         * A SELECT of one entity, then plain columns only: per row, its object (null for a row
         * without one); the rows are built on demand from these and {@link #plain}.
         */
        private final @Nullable List<@Nullable Object> entities;
        /** With {@link #entities}: the plain columns' values, {@link #plainWidth} per row, in row order. */
        private final List<@Nullable Object> plain;
        private final int plainWidth;
        private final List<String> keys;
        private final int statements;
        private final List<InstanceState> objects;
        private final List<InstanceState> others;
        private final List<InstanceState> joined;

        private Loaded(@Nullable List<LoadedRow> rows, @Nullable List<@Nullable Object> entities,
                       List<@Nullable Object> plain, int plainWidth, List<String> keys, int statements,
                       List<InstanceState> objects, List<InstanceState> others, List<InstanceState> joined) {
            this.rows = rows;
            this.entities = entities;
            this.plain = plain;
            this.plainWidth = plainWidth;
            this.keys = keys;
            this.statements = statements;
            this.objects = objects;
            this.others = others;
            this.joined = joined;
        }

        /** Each row: its values with each entity's columns replaced by the object. */
        List<LoadedRow> rows() {
            List<LoadedRow> r = rows;
            if (r == null) {
                List<@Nullable Object> e = java.util.Objects.requireNonNull(entities);
                r = new ArrayList<>(e.size());
                for (int i = 0; i < e.size(); i++) {
                    if (plainWidth == 0) {
                        r.add(new LoadedRow(java.util.Collections.singletonList(e.get(i))));
                        continue;
                    }
                    List<@Nullable Object> values = new ArrayList<>(1 + plainWidth);
                    values.add(e.get(i));
                    values.addAll(plain.subList(i * plainWidth, (i + 1) * plainWidth));
                    r.add(new LoadedRow(values));
                }
                rows = r;
            }
            return r;
        }

        /** The rows as a result: each entity's columns replaced by its object. */
        Result result() {
            List<@Nullable Object> e = entities;
            if (e != null && rows == null && plainWidth == 0) {
                return Result.ofColumn(keys.get(0), e);
            }
            List<List<@Nullable Object>> values = new ArrayList<>(rows().size());
            for (LoadedRow r : rows()) {
                values.add(r.values());
            }
            return Result.of(keys, values);
        }

        /** The number of rows. */
        int size() {
            List<@Nullable Object> e = entities;
            return e != null ? e.size() : rows().size();
        }

        /** Row {@code i}'s first value: the object of the first mapped class, when the SELECT starts with one. */
        @Nullable Object firstValue(int i) {
            List<@Nullable Object> e = entities;
            return e != null ? e.get(i) : rows().get(i).values().get(0);
        }

        /**
         * Row {@code i}'s value {@code column} as {@link #rows()} has it: an entity's columns count
         * as one value, its object.
         */
        @Nullable Object value(int i, int column) {
            List<@Nullable Object> e = entities;
            if (e != null) {
                return column == 0 ? e.get(i) : plain.get(i * plainWidth + column - 1);
            }
            return rows().get(i).values().get(column);
        }

        /** The first row's first value (its object, for a SELECT of one mapped class); null without rows. */
        @Nullable Object first() {
            List<@Nullable Object> e = entities;
            if (e != null) {
                return e.isEmpty() ? null : e.get(0);
            }
            List<LoadedRow> r = rows();
            return r.isEmpty() ? null : r.get(0).values().get(0);
        }

        List<String> keys() {
            return keys;
        }

        int statements() {
            return statements;
        }

        List<InstanceState> objects() {
            return objects;
        }

        List<InstanceState> others() {
            return others;
        }

        List<InstanceState> joined() {
            return joined;
        }
    }

    /**
     * The rows of one statement (or one batch of a stream) on their way into objects: what was
     * read before the statement closes, the eager loads that follow it still to run.
     */
    private final class Reading {
        private final LoadContext context;
        /** Each object of the first mapped class once, in row order: joining the context is how a repeat is recognised. */
        private final List<InstanceState> primaries;
        private final Map<EntityMapping<?>, List<InstanceState>> others = new LinkedHashMap<>();
        private final @Nullable List<@Nullable Object> entities;
        private final List<@Nullable Object> plain;
        private final @Nullable List<LoadedRow> rows;

        Reading(int expectedRows) {
            this.context = session.newLoadContext(description != null ? description : statement, isEager());
            int capacity = Math.max(expectedRows, 10);
            if (joins.isEmpty()) { // a row per object: joined rows repeat their parents
                context.expect(expectedRows);
            }
            this.primaries = new ArrayList<>(capacity);
            if (entityFirst) {
                entities = new ArrayList<>(capacity);
                plain = plainWidth == 0 ? List.of() : new ArrayList<>(capacity * plainWidth);
                rows = null;
            } else {
                entities = null;
                plain = List.of();
                rows = new ArrayList<>(capacity);
            }
        }

        /**
         * A row of a SELECT of one mapped class and plain columns: its object, and the plain
         * columns' values, nothing else built (the common {@code query(Post.class).all()}).
         */
        void entityRow(RowValues row) {
            EntityRowLoader<?> loader = java.util.Objects.requireNonNull(primary);
            List<@Nullable Object> e = java.util.Objects.requireNonNull(entities);
            InstanceState s = loader.loadState(row);
            if (s == null) {
                e.add(null);
            } else {
                e.add(s.entity());
                if (s.origin() != context) {
                    context.add(s);
                    primaries.add(s);
                }
                for (int j = 0, n = joins.size(); j < n; j++) {
                    joins.get(j).process(row, s);
                }
            }
            for (int k = 0, n = spans.size(); k < n; k++) {
                int[] span = spans.get(k);
                for (int c = 0; c < span[1]; c++) {
                    plain.add(row.get(span[0] + c));
                }
            }
        }

        /** A row of any other SELECT: each entity's columns replaced by its object, plain columns as they are. */
        void mixedRow(Row row) {
            List<@Nullable Object> values = new ArrayList<>(keys.size());
            for (Object reader : readers) {
                if (reader instanceof EntityRowLoader<?> loader) {
                    InstanceState s = loader.loadState(row);
                    values.add(s == null ? null : s.entity());
                    if (s == null) {
                        continue;
                    }
                    if (s.origin() != context) {
                        context.add(s);
                        if (loader == primary) {
                            primaries.add(s);
                        } else {
                            others.computeIfAbsent(s.mapping().root(), m -> new ArrayList<>()).add(s);
                        }
                    }
                    if (loader == primary) {
                        for (JoinedRows j : joins) {
                            j.process(row, s);
                        }
                    }
                } else {
                    int[] span = (int[]) reader;
                    for (int k = 0; k < span[1]; k++) {
                        values.add(row.get(span[0] + k));
                    }
                }
            }
            java.util.Objects.requireNonNull(rows).add(new LoadedRow(values));
        }
    }

    private final SessionImpl session;
    /** The SELECT as given: the source a subquery loader runs again. */
    private final Select select;
    /** The SELECT with the joins of joined loads added: what runs. */
    private final Select statement;
    private final @Nullable String description;
    private final List<Object> readers; // EntityRowLoader, or int[]{offset, width}
    private final List<String> keys;
    private final @Nullable EntityRowLoader<?> primary;
    private final @Nullable LoadPlan primaryPlan;
    private final List<JoinedRows> joins;
    private final int entityReaders;
    /**
     * The SELECT is one mapped class, then plain columns only ({@code query(Post.class).all()},
     * a selectin load's members and their parents' keys): each row is read into its object
     * without a list of values; those are built only if asked for.
     */
    private final boolean entityFirst;
    /** The readers of plain columns, {offset, width} each. */
    private final List<int[]> spans;
    /** The number of plain columns. */
    private final int plainWidth;
    private boolean keysResolved;
    /** Loading the batches of a stream: see {@link #prepareBatched}. */
    private boolean streaming;
    private boolean reportEagerLoads = true;

    private ResultLoader(SessionImpl session, Select select, @Nullable LoadPlan plan, @Nullable String description,
                         boolean batched) {
        this.session = session;
        this.select = select;
        this.description = description;
        this.readers = new ArrayList<>();
        this.keys = new ArrayList<>();
        int offset = 0;
        EntityRowLoader<?> first = null;
        LoadPlan firstPlan = null;
        for (ClauseElement c : select.columns()) {
            if (c instanceof EntityClause e) {
                LoadPlan p = first == null && plan != null ? plan : LoadPlan.defaults(e.mapping());
                EntityRowLoader<?> loader = new EntityRowLoader<>(session, e.mapping(), offset, p);
                if (first == null) {
                    first = loader;
                    firstPlan = p;
                }
                readers.add(loader);
                keys.add(e.mapping().type().getSimpleName());
                offset += loader.width();
            } else {
                int span = c instanceof FromClause f ? f.exportedColumns().size() : 1;
                readers.add(new int[] {offset, span});
                for (int k = 0; k < span; k++) {
                    keys.add(c instanceof Expression<?> x && span == 1 ? x.defaultLabel() : "col" + (offset + k));
                }
                offset += span;
            }
        }
        this.primary = first;
        this.primaryPlan = firstPlan;
        this.joins = new ArrayList<>();
        Select withJoins = select;
        if (first != null && firstPlan != null) {
            withJoins = JoinedRows.setup(session, select, firstPlan.mapping(), firstPlan, joins, batched);
        }
        this.statement = withJoins;
        int n = joins.size();
        for (Object reader : readers) {
            n += reader instanceof EntityRowLoader<?> ? 1 : 0;
        }
        this.entityReaders = n;
        List<int[]> plain = new ArrayList<>();
        for (Object reader : readers) {
            if (reader instanceof int[] span) {
                plain.add(span);
            }
        }
        this.spans = plain;
        int pw = 0;
        for (int[] span : plain) {
            pw += span[1];
        }
        this.plainWidth = pw;
        this.entityFirst = first != null && readers.get(0) == first && plain.size() == readers.size() - 1;
    }

    /** A loader for the rows of {@code select}, its first mapped class loaded under {@code plan}. */
    static ResultLoader prepare(SessionImpl session, Select select, @Nullable LoadPlan plan, @Nullable String description) {
        return new ResultLoader(session, select, plan, description, false);
    }

    /**
     * A loader for the rows of a stream, {@link #load} called once per batch: each batch has its
     * own load context and eager loads; joined loads of collections and subquery loads become
     * selectin loads per batch (a collection's rows could be split between two batches; running
     * the whole query again per batch would defeat the stream). With {@code reportEagerLoads}
     * false, the collections eager loaders fill are not recorded for the session's report of
     * eager loads nothing used (so a long stream whose objects leave the session keeps no hold
     * on them).
     */
    static ResultLoader prepareBatched(SessionImpl session, Select select, @Nullable LoadPlan plan, boolean reportEagerLoads) {
        ResultLoader loader = new ResultLoader(session, select, plan, null, true);
        loader.streaming = true;
        loader.reportEagerLoads = reportEagerLoads;
        return loader;
    }

    /** The entry point of a proxy's load, which names no origin: a proxy's row is a lazy load. */
    static Loaded run(SessionImpl session, Select select, @Nullable LoadPlan plan, @Nullable String description) {
        return run(session, select, plan, description, Map.of(), Origin.LAZY_LOAD);
    }

    /**
     * The entry point of {@code get}/{@code refresh} (the key select) and of
     * {@code execute(select(User.class))}, which name no origin: told apart by the statement.
     */
    static Loaded run(SessionImpl session, Select select, @Nullable LoadPlan plan, @Nullable String description,
                      Map<String, ?> parameters) {
        Origin origin = Origin.QUERY;
        if (plan != null && select == session.factory().keySelect(plan.mapping()).select()) {
            origin = Origin.GET;
        }
        return run(session, select, plan, description, parameters, origin);
    }

    /** {@link #run(Session, Select, LoadPlan, String, Map, Origin)} without parameters. */
    static Loaded run(SessionImpl session, Select select, @Nullable LoadPlan plan, @Nullable String description,
                      Origin origin) {
        return run(session, select, plan, description, Map.of(), origin);
    }

    /**
     * Runs {@code select} for the session and loads its rows. {@code origin} says why it runs
     * (statement listeners see it, with the first mapped class of the SELECT as the entity);
     * the eager loads that follow it run as {@link Origin#EAGER_LOAD}.
     */
    static Loaded run(SessionImpl session, Select select, @Nullable LoadPlan plan, @Nullable String description,
                      Map<String, ?> parameters, Origin origin) {
        ResultLoader loader = prepare(session, select, plan, description);
        Reading reading = OrmStatements.read(session, loader.statement(), parameters, origin, loader.primaryType(),
                loader::read);
        return loader.finish(reading);
    }

    /** The first mapped class of the SELECT, for statement listeners; null for a SELECT of plain columns. */
    @Nullable Class<?> primaryType() {
        LoadPlan p = primaryPlan;
        return p == null ? null : p.mapping().type();
    }

    /** The statement to run: the SELECT with the joins its joined loads need. */
    Select statement() {
        return statement;
    }

    /** Turns {@code rows} (of {@link #statement()}, labelled {@code resultKeys}) into objects. */
    Loaded load(List<Row> all, List<String> resultKeys) {
        Reading reading = start(resultKeys, all.size());
        expectObjects(all.size());
        if (entityFirst) {
            for (int i = 0, n = all.size(); i < n; i++) {
                reading.entityRow(all.get(i));
            }
        } else {
            for (int i = 0, n = all.size(); i < n; i++) {
                reading.mixedRow(all.get(i));
            }
        }
        return finish(reading);
    }

    /**
     * Reads the rows of {@link #statement()} where they are: a SELECT of one mapped class (then
     * plain columns) with no {@link Row} per row, its objects' values read from the driver into
     * them; any other SELECT a row at a time. Runs no statement: the eager loads that follow the
     * rows are {@link #finish}'s.
     */
    private Reading read(Cursor cursor) {
        int expected = cursor.expectedRows();
        Reading reading = start(cursor.keys(), expected);
        if (expected > 0) {
            expectObjects(expected);
        }
        if (entityFirst) {
            while (cursor.next()) {
                reading.entityRow(cursor);
            }
        } else {
            while (cursor.next()) {
                reading.mixedRow(cursor.row());
            }
        }
        return reading;
    }

    /**
     * Sizes the session's maps for the objects {@code rows} rows may bring: each entity of a row
     * may be new to the session; where a row is one object (one mapped class, no joined
     * relationship), the rows also size the table of keys that object's class is found by.
     */
    private void expectObjects(int rows) {
        boolean rowPerObject = entityReaders == 1 && joins.isEmpty() && primaryPlan != null;
        session.objects.expectObjects(rows * entityReaders, rowPerObject ? primaryPlan.mapping() : null, rows);
    }

    private Reading start(List<String> resultKeys, int expectedRows) {
        if (!keysResolved) {
            resolveKeys(resultKeys);
            keysResolved = true;
        }
        for (Object reader : readers) {
            if (reader instanceof EntityRowLoader<?> loader) {
                loader.startRows();
            }
        }
        for (JoinedRows j : joins) {
            j.startRows();
        }
        return new Reading(expectedRows);
    }

    /** After the rows: joined collections filled, joined subclasses completed, eager relationships loaded. */
    private Loaded finish(Reading reading) {
        List<InstanceState> primaries = reading.primaries;
        Map<EntityMapping<?>, List<InstanceState>> others = reading.others;
        List<InstanceState> joinedIn = new ArrayList<>();
        for (JoinedRows j : joins) {
            j.finish(joinedIn, reportEagerLoads);
        }
        int statements = 0;
        for (Object reader : readers) {
            if (reader instanceof EntityRowLoader<?> loader) {
                statements += SubclassRowLoader.complete(session, loader.incomplete());
            }
        }
        if (primaryPlan != null) {
            statements += loadDeferred(session, primaries, primaryPlan, streaming ? null : select, reportEagerLoads);
        }
        for (List<InstanceState> states : others.values()) {
            statements += loadDeferred(session, states, LoadPlan.defaults(states.get(0).mapping()), null, reportEagerLoads);
        }
        if (!joinedIn.isEmpty()) {
            LoadContext joinedContext = session.newLoadContext(description != null ? description : statement, false);
            for (InstanceState s : joinedIn) {
                if (s.origin() != joinedContext) {
                    joinedContext.add(s);
                }
            }
            statements += loadDeferredMixed(session, joinedContext.states(), reportEagerLoads);
        }
        List<InstanceState> othersFlat = new ArrayList<>();
        for (List<InstanceState> states : others.values()) {
            othersFlat.addAll(states);
        }
        return new Loaded(reading.rows, reading.entities, reading.plain, plainWidth, keys, statements,
                primaries, othersFlat, joinedIn);
    }

    private boolean isEager() {
        return !joins.isEmpty() || (primaryPlan != null && primaryPlan.hasEager());
    }

    /** The driver's labels for the plain columns, once the first result says what they are. */
    private void resolveKeys(List<String> resultKeys) {
        for (int i = 0, k = 0; i < readers.size(); i++) {
            if (readers.get(i) instanceof int[] span) {
                for (int j = 0; j < span[1]; j++) {
                    if (span[0] + j < resultKeys.size()) {
                        keys.set(k + j, resultKeys.get(span[0] + j));
                    }
                }
                k += span[1];
            } else {
                k++;
            }
        }
    }

    /** Objects reached through joins: each keeps the plan its joined loader gave it. */
    private static int loadDeferredMixed(SessionImpl session, List<InstanceState> states, boolean report) {
        Map<LoadPlan, List<InstanceState>> byPlan = new IdentityHashMap<>();
        for (InstanceState s : states) {
            LoadPlan p = s.plan();
            byPlan.computeIfAbsent(p != null ? p : LoadPlan.defaults(s.mapping()), x -> new ArrayList<>()).add(s);
        }
        int n = 0;
        for (Map.Entry<LoadPlan, List<InstanceState>> e : byPlan.entrySet()) {
            n += loadDeferred(session, e.getValue(), e.getKey(), null, report);
        }
        return n;
    }

    /**
     * After the rows: loads, for all {@code states} at once, the relationships their plan wants
     * eagerly and the references that could not be made lazy. {@code source} is the query the
     * states came from, for subquery loading.
     */
    static int loadDeferred(SessionImpl session, List<InstanceState> states, LoadPlan plan, @Nullable Select source) {
        return loadDeferred(session, states, plan, source, true);
    }

    /** {@link #loadDeferred(Session, List, LoadPlan, Select)}; {@code report} false: see {@link #prepareBatched}. */
    static int loadDeferred(SessionImpl session, List<InstanceState> states, LoadPlan plan, @Nullable Select source,
                            boolean report) {
        if (states.isEmpty()) {
            return 0;
        }
        int statements = 0;
        Map<RelationshipAttribute, List<InstanceState>> work = new LinkedHashMap<>();
        for (InstanceState s : states) {
            List<RelationshipAttribute> relationships = s.relationships();
            for (int i = 0; i < relationships.size(); i++) {
                RelationshipAttribute r = relationships.get(i);
                if (s.isLoaded(i)) {
                    continue;
                }
                if (plan.loader(r).loadsAfterQuery(r)) {
                    work.computeIfAbsent(r, x -> new ArrayList<>()).add(s);
                }
            }
        }
        for (Map.Entry<RelationshipAttribute, List<InstanceState>> e : work.entrySet()) {
            RelationshipAttribute r = e.getKey();
            statements += plan.loader(r).loadAfterQuery(session, r, e.getValue(), plan.child(r), source);
            if (report && plan.isEager(r)) {
                for (InstanceState s : e.getValue()) {
                    markEager(s, r);
                }
            }
        }
        return statements;
    }

    /** Notes that an eager loader filled {@code r} of {@code s}: unused by close, it is reported. */
    static void markEager(InstanceState s, RelationshipAttribute r) {
        Object entity = s.object();
        if (entity != null && r.get(entity) instanceof InstrumentedCollection<?> ic) {
            SessionImpl owner = s.owner();
            if (owner != null && !ic.eagerUnused) {
                owner.eagerLoaded(ic);
            }
            ic.eagerUnused = true;
        }
    }
}
