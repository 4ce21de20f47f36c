package dev.ormkit.orm;

import java.util.List;
import dev.ormkit.event.Origin;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.Select;
import org.jspecify.annotations.Nullable;

/**
 * The {@code subquery} strategy: after the query, one SELECT of the related rows joined to
 * the original query, re-run as a subquery of the owners' key columns (its WHERE, ORDER BY and
 * LIMIT kept). Useful where a long IN list is not: no key list travels, at the price of running
 * the original query's filter twice. Where the query cannot be re-run (a stream's batch, objects
 * reached through joins), selectin stands in.
 */
final class SubqueryLoader extends LoaderStrategy {
    static final SubqueryLoader INSTANCE = new SubqueryLoader();

    private SubqueryLoader() {
    }

    @Override
    Lazy kind() {
        return Lazy.SUBQUERY;
    }

    @Override
    boolean isEager() {
        return true;
    }

    @Override
    int loadAfterQuery(SessionImpl session, RelationshipAttribute r, List<InstanceState> owners, LoadPlan childPlan,
                       @Nullable Select source) {
        if (source == null) {
            return super.loadAfterQuery(session, r, owners, childPlan, null);
        }
        return SelectInLoader.load(session, r, owners, childPlan, source, Origin.EAGER_LOAD);
    }
}
