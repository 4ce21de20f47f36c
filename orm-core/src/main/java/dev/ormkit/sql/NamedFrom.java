package dev.ormkit.sql;

/** A FROM clause with a name columns are qualified by: a table or an alias. */
public interface NamedFrom {
    /** The name that qualifies this FROM clause's columns. */
    String fromName();
}
