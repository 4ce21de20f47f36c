package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * A recursive CTE walks a 1,000-node tree (an org chart with random managers, seeded) on every
 * database and returns it in depth-first order, each node with its depth, as a recursive walk
 * in Java does.
 */
class RecursiveCteTest {
    private static final int NODES = 1_000;

    private final MetaData metadata = new MetaData();
    private final Table staff = metadata.table("staff",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("manager_id", Types.BIGINT).foreignKey("staff.id"),
            Column.of("name", Types.string(20)).notNull());
    private final Column<Long> id = staff.c("id");
    private final Column<Long> managerId = staff.c("manager_id");
    private final Column<String> name = staff.c("name");

    @AllDatabases
    void recursiveCteReturnsTheTreeInDepthFirstOrder(TestDatabase db) {
        Map<Long, List<Long>> children = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Random random = new Random(17);
        for (long i = 1; i <= NODES; i++) {
            // a few roots, then each node under an earlier one: deep and wide branches mixed
            Long manager = i <= 3 ? null : 1 + (long) random.nextInt((int) i - 1);
            Map<String, Object> row = new HashMap<>();
            row.put("id", i);
            row.put("manager_id", manager);
            row.put("name", "n" + i);
            rows.add(row);
            children.computeIfAbsent(manager, k -> new ArrayList<>()).add(i);
        }
        List<Long> expectedOrder = new ArrayList<>();
        List<Integer> expectedDepth = new ArrayList<>();
        walk(children, null, 0, expectedOrder, expectedDepth);

        try (Connection conn = db.engine().connect()) {
            conn.execute(text(Blog.createTableSql(conn.dialect(), staff)));
            conn.execute(insert(staff), rows);
            conn.commit();

            // the path of fixed-width keys ("10001/10004/10013") sorts depth-first, children by id
            Cte chart = select(id, name, cast(id.plus(10_000L), Types.string(200)).label("path"),
                    cast(literal(0), Types.INTEGER).label("depth"))
                    .where(managerId.isNull()).cte("chart", true);
            // both terms cast to one type: PostgreSQL wants the recursive term's type to match the anchor's
            chart = chart.unionAll(select(id, name,
                    cast(chart.c("path").concat("/").concat(cast(id.plus(10_000L), Types.string(200))),
                            Types.string(200)),
                    chart.<Integer>c("depth").plus(1))
                    .selectFrom(staff.join(chart, managerId.eq(chart.c("id")))));
            List<Long> order = new ArrayList<>();
            List<Integer> depths = new ArrayList<>();
            for (Row r : conn.execute(select(chart.c("id"), chart.c("depth")).selectFrom(chart)
                    .orderBy(chart.c("path")))) {
                order.add(r.get(0, Long.class));
                depths.add(r.get(1, Integer.class));
            }
            assertThat(order).hasSize(NODES).isEqualTo(expectedOrder);
            assertThat(depths).isEqualTo(expectedDepth);
            assertThat(expectedDepth.stream().mapToInt(Integer::intValue).max().getAsInt()).isGreaterThan(5);

            // the subtree of one node, joined back to the table for its names
            Cte under = select(id).where(id.eq(4L)).cte("under", true);
            under = under.unionAll(select(id).selectFrom(staff.join(under, managerId.eq(under.c("id")))));
            List<String> names = new ArrayList<>();
            for (Row r : conn.execute(select(name).selectFrom(staff.join(under, id.eq(under.c("id")))).orderBy(id))) {
                names.add(r.get(0, String.class));
            }
            List<Long> subtree = new ArrayList<>();
            walk(children, 4L, 0, subtree, new ArrayList<>());
            subtree.add(4L);
            assertThat(names).containsExactlyElementsOf(subtree.stream().sorted().map(n -> "n" + n).toList());
        }
    }

    private static void walk(Map<Long, List<Long>> children, Long parent, int depth, List<Long> order,
                             List<Integer> depths) {
        for (Long child : children.getOrDefault(parent, List.of())) {
            order.add(child);
            depths.add(depth);
            walk(children, child, depth + 1, order, depths);
        }
    }
}
