package dev.ormkit.sql;

import java.util.Locale;

/** The kind of a statement, as events and metrics tag it. */
public enum StatementKind {
    /** A query returning rows (SELECT, WITH, VALUES, TABLE). */
    SELECT,
    /** An INSERT, upsert or MERGE. */
    INSERT,
    /** An UPDATE. */
    UPDATE,
    /** A DELETE. */
    DELETE,
    /** Anything else: DDL, session settings, calls. */
    OTHER;

    /** The lower-case tag used in metrics ({@code select}, {@code insert}, ...). */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Guesses the kind of SQL text from its first keyword. */
    public static StatementKind ofSql(String sql) {
        String s = sql.stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String word = s.substring(0, end).toUpperCase(Locale.ROOT);
        switch (word) {
            case "SELECT":
            case "WITH":
            case "VALUES":
            case "TABLE":
                return SELECT;
            case "INSERT":
            case "MERGE":
            case "REPLACE":
                return INSERT;
            case "UPDATE":
                return UPDATE;
            case "DELETE":
                return DELETE;
            default:
                return OTHER;
        }
    }
}
