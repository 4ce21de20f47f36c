package dev.ormkit.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A link to another mapped class. The field's type says the target: {@code User author}
 * (one) or {@code List<Post> posts} / {@code Set<Tag> tags} (many). The direction is inferred
 * from the foreign keys between the two tables, as SQLAlchemy does: a foreign key in this
 * class's table makes a many-to-one, one in the target's table a one-to-many (a one-to-one with
 * {@code uselist = false}), a {@link #secondary} table a many-to-many.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Relationship {
    /** The field of the target class that is the other side of this relationship. */
    String backPopulates() default "";

    /**
     * The association table of a many-to-many. When no such table is declared it is created
     * from the two primary keys: {@code post_tags(post_id -> posts.id, tag_id -> tags.id)}.
     */
    String secondary() default "";

    /** The default loading strategy. */
    Lazy lazy() default Lazy.SELECT;

    /**
     * Which session operations follow the relationship, comma-separated: {@code save-update},
     * {@code merge}, {@code expunge}, {@code delete}, {@code delete-orphan},
     * {@code refresh-expire}, {@code all} (all but delete-orphan), or {@code none}.
     */
    String cascade() default "save-update, merge";

    /** The order of a collection: target field or column names, each optionally {@code asc}/{@code desc}. */
    String orderBy() default "";

    /** False for a scalar one-to-one; a collection type then is an error. */
    boolean uselist() default true;

    /**
     * The foreign-key columns to join through ({@code "author_id"}), for when the tables are
     * linked by more than one foreign key. Names are columns of either table.
     */
    String[] foreignKeys() default {};
}
