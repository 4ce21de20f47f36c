package dev.ormkit.event;

/**
 * A relationship loaded on first access.
 *
 * @param entity the full name of the class declaring the relationship ({@code com.example.User})
 * @param relation the relationship's field name
 * @param parent the object it was loaded for ("User(1)")
 * @param batchSize for how many objects the load read the relationship (more than one under
 *     batch lazy loading)
 * @param durationNanos how long the load took, its statements and reading their rows included
 *     (-1 when not measured)
 * @param location the first calling frame outside ormkit and the framework packages
 *     ("com.example.Dashboard.render(Dashboard.java:42)"), or "unknown"
 */
public record LazyLoadEvent(String entity, String relation, String parent, int batchSize, long durationNanos,
                            String location) {

    /**
     * The report sessions built before lazy loads were timed and located.
     *
     * @deprecated lazy loads are reported by the loader with their duration and location; an
     *     event made this way is not delivered
     */
    @Deprecated(forRemoval = true)
    public LazyLoadEvent(String entity, String relation, String parent, int batchSize) {
        this(entity, relation, parent, batchSize, -1, "unknown");
    }
}
