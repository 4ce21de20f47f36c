package dev.ormkit.spring.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a repository query method loads relationships of the objects it returns, as dotted
 * paths from the repository's class: {@code @LoaderOptions(selectin = "posts", joined =
 * "posts.author")} is {@code options(selectinLoad(User_.posts).joinedLoad(Post_.author))}.
 * Each path's last relationship loads by the strategy of the attribute naming it; the
 * relationships before it load by the strategy declared for them here, else by the same one.
 * The paths are checked when the repository is made: an unknown relationship fails start-up,
 * naming the method and the path. Applies to derived queries and to {@code @Query} methods
 * returning objects (whose hand-written SQL has no query to join to: joined and subquery paths
 * there load by an IN select). On a paged query the LIMIT applies to the root rows either way:
 * selectin children come in one IN select, a joined collection is joined to the root rows
 * limited in a subquery. A trailing {@code LoaderOption...} parameter adds options per call.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LoaderOptions {

    /** Paths loaded through a LEFT OUTER JOIN in the query itself. */
    String[] joined() default {};

    /** Paths loaded after the query with {@code SELECT ... WHERE key IN (...)}. */
    String[] selectin() default {};

    /** Paths loaded after the query with a SELECT joined to the query run again as a subquery. */
    String[] subquery() default {};

    /** Paths whose first access, unloaded, throws instead of loading lazily. */
    String[] raise() default {};
}
