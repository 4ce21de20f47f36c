package dev.ormkit.orm;

import java.util.List;
import dev.ormkit.event.Origin;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.Select;

/**
 * The {@code subquery} strategy: after the query, one SELECT of the related rows joined to
 * the original query, re-run as a subquery of the owners' key columns (its WHERE, ORDER BY and
 * LIMIT kept). Useful where a long IN list is not: no key list travels, at the price of running
 * the original query's filter twice.
 */
final class SubqueryLoader {
    private SubqueryLoader() {
    }

    static int load(Session session, RelationshipAttribute r, List<InstanceState> owners, Select source, LoadPlan childPlan) {
        return SelectInLoader.load(session, r, owners, childPlan, source, Origin.EAGER_LOAD);
    }
}
