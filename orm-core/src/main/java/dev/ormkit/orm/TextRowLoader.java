package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.schema.Column;

/**
 * Turns the rows of hand-written SQL ({@code query(User.class).fromStatement(text(...))}) into
 * objects: each result column is matched by name to a column of the mapped class, once, and
 * every batch of rows then goes through an {@link EntityRowLoader} and the identity map.
 */
final class TextRowLoader {
    private final SessionImpl session;
    private final String sql;
    private final int[] positions;
    private final List<String> names;
    private final EntityRowLoader<?> loader;

    /**
     * @throws InvalidRequestException when the result lacks a primary key column, without which
     *     rows cannot be matched to objects
     */
    TextRowLoader(SessionImpl session, EntityMapping<?> mapping, LoadPlan plan, String sql, List<String> keys) {
        this.session = session;
        this.sql = sql;
        List<Column<?>> wanted = mapping.selectedColumns();
        this.positions = new int[wanted.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = -1;
            for (int k = 0; k < keys.size(); k++) {
                if (keys.get(k).equalsIgnoreCase(wanted.get(i).name())) {
                    positions[i] = k;
                    break;
                }
            }
        }
        for (ColumnAttribute pk : mapping.primaryKey()) {
            if (positions[wanted.indexOf(pk.column())] < 0) {
                throw new InvalidRequestException("The statement given to fromStatement() has no column "
                        + pk.column().name() + ", the primary key of " + mapping.type().getSimpleName()
                        + "; select it (SELECT * or name it) so rows can be matched to objects");
            }
        }
        this.names = new ArrayList<>(wanted.size());
        for (Column<?> c : wanted) {
            names.add(c.name());
        }
        this.loader = new EntityRowLoader<>(session, mapping, 0, plan);
    }

    /** The objects of {@code rows}, each once, in row order. */
    List<InstanceState> load(List<Row> rows) {
        List<List<Object>> reordered = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Object> values = new ArrayList<>(positions.length);
            for (int p : positions) {
                values.add(p < 0 ? null : row.get(p));
            }
            reordered.add(values);
        }
        LoadContext context = session.newLoadContext(sql, false);
        List<InstanceState> out = new ArrayList<>();
        for (Row row : Result.of(names, reordered).all()) {
            InstanceState s = loader.loadState(row);
            if (s != null && s.origin() != context) {
                out.add(s);
                context.add(s);
            }
        }
        return out;
    }
}
