package dev.ormkit.orm;

import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;

/**
 * The {@code joined} strategy: the related rows come in the query's own statement through a
 * LEFT OUTER JOIN ({@link JoinedRows} adds the joins and folds the rows). A target that spans
 * several tables or has subclasses cannot be joined, nor can a collection of a query read in
 * batches: those load by selectin right after the query instead.
 */
final class JoinedLoader extends LoaderStrategy {
    static final JoinedLoader INSTANCE = new JoinedLoader();

    private JoinedLoader() {
    }

    @Override
    Lazy kind() {
        return Lazy.JOINED;
    }

    @Override
    boolean isEager() {
        return true;
    }

    @Override
    boolean joins(RelationshipAttribute r, boolean batched) {
        return joinable(r) && !(batched && r.isCollection());
    }

    /** True when {@code r} can be loaded by a join (a target in one table); else selectin stands in. */
    static boolean joinable(RelationshipAttribute r) {
        return r.target().tables().size() == 1 && r.target().subclasses().isEmpty();
    }
}
