package dev.ormkit.migrate;

import java.util.List;

/**
 * A revision as the graph knows it, read from its {@link Revision} annotation.
 *
 * @param id             the revision id
 * @param down           the revisions it follows (empty for a first revision; several for a merge)
 * @param message        what it does
 * @param branchLabels   the branch names it carries
 * @param dependsOn      revisions that must be applied before it
 * @param migrationClass the class implementing it
 */
public record RevisionInfo(String id, List<String> down, String message, List<String> branchLabels,
                           List<String> dependsOn, Class<? extends Migration> migrationClass) {
    public RevisionInfo {
        down = List.copyOf(down);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** True for a first revision (its {@code down} is {@link Revision#BASE}). */
    public boolean isBase() {
        return down.isEmpty();
    }

    /** True for a merge revision (more than one {@code down}). */
    public boolean isMerge() {
        return down.size() > 1;
    }

    /** Alembic's one-line form: {@code down -> id, message}. */
    String line() {
        String from = down.isEmpty() ? "<base>" : String.join(", ", down);
        return from + " -> " + id + (message.isEmpty() ? "" : ", " + message);
    }
}
