package dev.ormkit.mapping;

/** Which side of a relationship holds the foreign key. */
public enum Direction {
    /** The foreign key is in this class's table: {@code Post.author}. */
    MANY_TO_ONE,
    /** The foreign key is in the target's table and the field is a collection: {@code User.posts}. */
    ONE_TO_MANY,
    /** The foreign key is in the target's table and the field is one object ({@code uselist = false}). */
    ONE_TO_ONE,
    /** Through an association ({@code secondary}) table: {@code Post.tags}. */
    MANY_TO_MANY;

    /** True when this class's table holds the foreign key. */
    public boolean foreignKeyIsLocal() {
        return this == MANY_TO_ONE;
    }
}
