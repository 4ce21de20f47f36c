package dev.ormkit.reliability.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;

import static dev.ormkit.sql.Sql.insert;

/**
 * The small fixed dataset the differential queries run over: owners and items, with NULLs in
 * every nullable column, an item whose owner does not exist (99) and items without owner,
 * empty strings, and wildcard and escape characters ({@code % _ \}) inside the data.
 * The {@code name} columns hold lowercase ASCII letters only, so that comparing and ordering
 * them means the same under every database's default collation; {@code note} holds the
 * punctuation and is only compared for equality and with LIKE.
 */
final class DiffSchema {
    static final String[] OWNER_COLUMNS = {"id", "name", "score", "tag"};
    static final String[] ITEM_COLUMNS = {"id", "owner_id", "grp", "qty", "price", "name", "note"};

    final MetaData metadata = new MetaData();
    final Table owners = metadata.table("rd_owners",
            Column.of("id", Types.BIGINT).primaryKey().autoincrement(false),
            Column.of("name", Types.string(20)),
            Column.of("score", Types.INTEGER),
            Column.of("tag", Types.string(20)));
    final Table items = metadata.table("rd_items",
            Column.of("id", Types.BIGINT).primaryKey().autoincrement(false),
            Column.of("owner_id", Types.BIGINT),
            Column.of("grp", Types.INTEGER),
            Column.of("qty", Types.INTEGER),
            Column.of("price", Types.INTEGER),
            Column.of("name", Types.string(20)),
            Column.of("note", Types.string(40)));

    final List<Map<String, Object>> ownerRows = rows(OWNER_COLUMNS,
            new Object[] {1L, "ann", 10L, "x"},
            new Object[] {2L, "bob", null, "y"},
            new Object[] {3L, "cy", 5L, null},
            new Object[] {4L, null, 0L, "x"},
            new Object[] {5L, "dee", -3L, ""});
    final List<Map<String, Object>> itemRows = rows(ITEM_COLUMNS,
            new Object[] {1L, 1L, 1L, 5L, 10L, "apple", "50%"},
            new Object[] {2L, 1L, 1L, null, 3L, "apricot", "a_b"},
            new Object[] {3L, 2L, 2L, 7L, null, "banana", "c:\\d"},
            new Object[] {4L, 3L, 2L, -2L, 8L, null, null},
            new Object[] {5L, null, null, 0L, 0L, "cherry", ""},
            new Object[] {6L, 99L, 3L, 12L, 12L, "date", "100%_off"},
            new Object[] {7L, 2L, 3L, 3L, -4L, "", "%"},
            new Object[] {8L, 4L, null, null, null, "fig", "_"},
            new Object[] {9L, 5L, 1L, 1L, 7L, "grape", "x\\%y"},
            new Object[] {10L, 3L, 2L, 7L, 2L, "apple", "a%b_c"},
            new Object[] {11L, 1L, 3L, -5L, 5L, "kiwi", "plain"},
            new Object[] {12L, null, 2L, 9L, null, "lemon", "ab"});

    private static List<Map<String, Object>> rows(String[] columns, Object[]... values) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] v : values) {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], v[i]);
            }
            out.add(row);
        }
        return out;
    }

    /** Creates the tables and inserts the dataset, ints written as the columns' Java types. */
    void install(Connection conn) {
        metadata.createAll(conn);
        conn.execute(insert(owners), typed(ownerRows, "score"));
        conn.execute(insert(items), typed(itemRows, "grp", "qty", "price"));
        conn.commit();
    }

    private static List<Map<String, Object>> typed(List<Map<String, Object>> rows, String... intColumns) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new HashMap<>(row);
            for (String c : Arrays.asList(intColumns)) {
                if (copy.get(c) != null) {
                    copy.put(c, ((Long) copy.get(c)).intValue());
                }
            }
            out.add(copy);
        }
        return out;
    }
}
