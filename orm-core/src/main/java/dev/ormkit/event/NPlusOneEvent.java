package dev.ormkit.event;

/**
 * An N+1 site: relationship {@code entity.relation} was loaded lazily {@code count} times for
 * objects of one query result ({@code query}, its SQL) holding {@code resultSize} objects, from
 * {@code location}, the first calling frame outside ormkit and the framework packages
 * ("com.example.Dashboard.render(Dashboard.java:42)"). A loop over the whole result costs
 * {@code resultSize} lazy loads. Also used, with {@code unusedEagerLoad} set, for a
 * relationship loaded eagerly and never touched before the session closed ({@code count}
 * objects).
 *
 * @param entity the full name of the class declaring the relationship
 */
public record NPlusOneEvent(String entity, String relation, int count, int resultSize, String query, String location,
                            boolean unusedEagerLoad) {

    /** The simple name of {@link #entity()}, as the generated metamodel class is named after it. */
    public String entitySimpleName() {
        return entity.substring(Math.max(entity.lastIndexOf('.'), entity.lastIndexOf('$')) + 1);
    }

    /** One line for a log or an error message. */
    public String describe() {
        if (unusedEagerLoad) {
            return entity + "." + relation + " was loaded eagerly for " + count + " objects and never used; query: "
                    + query + "; at " + location + ". Load it lazily there (drop the option, or the @Relationship lazy default)";
        }
        return "N+1 queries: " + entity + "." + relation + " was loaded lazily " + count
                + " times for objects of one query result of " + resultSize + " objects, at " + location
                + "; the parents came from: " + query
                + ". Load it with the query instead: options(selectinLoad(" + entitySimpleName() + "_." + relation + "))";
    }
}
