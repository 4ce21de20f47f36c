package dev.ormkit.event;

/**
 * An N+1 site: relationship {@code entity.relation} was loaded lazily {@code count} times for
 * objects of one query result ({@code query}, its SQL), from {@code location}, the first calling
 * frame outside ormkit ("com.example.Dashboard.render(Dashboard.java:42)"). Also used, with
 * {@code unusedEagerLoad} set, for a relationship loaded eagerly and never touched before the
 * session closed ({@code count} objects).
 */
public record NPlusOneEvent(String entity, String relation, int count, String query, String location,
                            boolean unusedEagerLoad) {
    /** One line for a log or an error message. */
    public String describe() {
        if (unusedEagerLoad) {
            return entity + "." + relation + " was loaded eagerly for " + count + " objects and never used; query: "
                    + query + "; at " + location + ". Load it lazily there (drop the option, or the @Relationship lazy default)";
        }
        return "N+1 queries: " + entity + "." + relation + " was loaded lazily " + count
                + " times for objects of one query result, at " + location + "; the parents came from: " + query
                + ". Load it with the query instead: options(selectinLoad(" + entity + "_." + relation + "))";
    }
}
