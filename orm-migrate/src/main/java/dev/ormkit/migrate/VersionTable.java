package dev.ormkit.migrate;

import static dev.ormkit.sql.Sql.delete;
import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Inspector;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.sql.Executable;

/**
 * {@code orm_version}: one row per applied head, as Alembic's {@code alembic_version}. Moving
 * from one set of heads to the next is an UPDATE where one head replaces another, an INSERT
 * where a branch starts, a DELETE where branches merge or a branch goes.
 */
final class VersionTable {
    static final String NAME = "orm_version";
    static final Table TABLE = new MetaData().table(NAME, Column.of("version_num", Types.string(32)).primaryKey());

    private VersionTable() {
    }

    static boolean exists(Connection conn) {
        return Inspector.of(conn).hasTable(NAME);
    }

    static List<String> read(Connection conn) {
        List<String> out = new ArrayList<>();
        for (Row r : conn.execute(select(TABLE.c("version_num"))).all()) {
            out.add((String) r.get(0));
        }
        out.sort(null);
        return out;
    }

    /** The statements that turn the rows {@code from} into {@code to}. */
    static List<Executable> transition(List<String> from, List<String> to) {
        List<String> removed = new ArrayList<>(from);
        removed.removeAll(to);
        List<String> added = new ArrayList<>(to);
        added.removeAll(from);
        List<Executable> out = new ArrayList<>();
        Column<String> v = TABLE.c("version_num");
        while (!removed.isEmpty() && !added.isEmpty()) {
            out.add(update(TABLE).values(Map.of(v, added.remove(0))).where(v.eq(removed.remove(0))));
        }
        for (String r : removed) {
            out.add(delete(TABLE).where(v.eq(r)));
        }
        for (String a : added) {
            out.add(insert(TABLE).values(Map.of(v, a)));
        }
        return out;
    }
}
