package dev.ormkit.reliability.differential;

import java.util.List;
import dev.ormkit.sql.Select;

/**
 * A generated query with the rows the in-memory evaluation expects; {@code ordered} when the
 * query's ORDER BY gives a total order (compared as is), else the rows are compared sorted.
 */
record DiffCase(long seed, String shape, Select select, List<List<Object>> expected, boolean ordered) {
}
