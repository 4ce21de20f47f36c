package dev.ormkit.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Migration} class as a revision, Alembic's revision script header:
 *
 * <pre>{@code
 * @Revision(id = "1f3a9c2b7d10", down = Revision.BASE, message = "create users table")
 * public class CreateUsersTable implements Migration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The {@link #down} of a first revision: it follows the empty database. */
    String BASE = "base";

    /** The revision's id, unique among the revisions (Alembic writes 12 hex digits). */
    String id();

    /** The revision(s) this one follows: {@link #BASE} for a first revision, several for a merge. */
    String[] down();

    /** What the revision does, shown by {@code history}. */
    String message() default "";

    /** Names of the branch this revision starts, usable as targets ({@code label@head}). */
    String[] branchLabels() default {};

    /** Revisions (on other branches) that must be applied before this one, without being its parent. */
    String[] dependsOn() default {};
}
