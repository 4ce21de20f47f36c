package dev.ormkit.schema;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    /** Fail, checked at the end of the statement (or transaction, when deferred); the default. */
    NO_ACTION("NO ACTION"),
    /** Fail at once. */
    RESTRICT("RESTRICT"),
    /** Delete or update the referring rows too. */
    CASCADE("CASCADE"),
    /** Set the referring columns to NULL. */
    SET_NULL("SET NULL"),
    /** Set the referring columns to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as SQL spells it after {@code ON DELETE} or {@code ON UPDATE}. */
    public String sql() {
        return sql;
    }
}
