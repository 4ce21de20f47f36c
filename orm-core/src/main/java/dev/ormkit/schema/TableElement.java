package dev.ormkit.schema;

/** What a table is made of: columns and table-level constraints and indexes. */
public interface TableElement {
}
