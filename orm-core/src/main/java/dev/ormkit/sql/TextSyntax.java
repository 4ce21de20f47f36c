package dev.ormkit.sql;

/**
 * The lexical rules of one database's SQL that {@code text()} must know to find its
 * {@code :name} parameters: which quotes hold literal text and how a quote is escaped inside
 * them, and how a question mark that is not a parameter must be written for the driver. A
 * dialect gives its own ({@link dev.ormkit.dialect.Dialect#textSyntax()}); everything inside
 * quotes, comments and dollar-quoted bodies is passed through untouched.
 *
 * @param backslashEscapes a backslash escapes the next character inside every quoted string
 *     (MySQL and MariaDB by default: {@code 'it\'s'})
 * @param escapeStrings a string written {@code E'...'} honours backslash escapes (PostgreSQL,
 *     whose plain strings do not)
 * @param dollarQuoting {@code $$...$$} and {@code $tag$...$tag$} quote a body (PostgreSQL)
 * @param nestedComments block comments nest (PostgreSQL)
 * @param questionMark what a {@code ?} outside quotes becomes: the JDBC driver would take a bare
 *     one as a parameter; PostgreSQL's driver reads {@code ??} as one literal {@code ?} (the
 *     JSON operators {@code ?}, {@code ?|}, {@code ?&})
 */
public record TextSyntax(boolean backslashEscapes, boolean escapeStrings, boolean dollarQuoting,
                         boolean nestedComments, String questionMark) {
    /** Standard SQL: quotes escaped by doubling, {@code --} and {@code /* *}{@code /} comments. */
    public static final TextSyntax STANDARD = new TextSyntax(false, false, false, false, "?");
}
