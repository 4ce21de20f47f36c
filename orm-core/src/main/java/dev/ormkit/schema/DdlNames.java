package dev.ormkit.schema;

/**
 * The names DDL gives what a model leaves unnamed, as the database will keep them: for tools
 * that compare a model with a live schema (migrations' autogenerate) and must name a foreign
 * key or an identifier exactly as {@code CREATE TABLE} and {@code ALTER TABLE} did.
 */
public final class DdlNames {
    private DdlNames() {
    }

    /**
     * The name of a foreign key of {@code table} on {@code dialect}'s database: its own or the
     * naming convention's, else {@code fk_<table>_<columns>_<referred table>}; shortened with a
     * hash suffix where the database limits identifier length.
     */
    public static String foreignKeyName(DdlDialect dialect, Table table, ForeignKeyConstraint fk) {
        return new DdlCompiler(dialect).foreignKeyName(table, fk);
    }

    /**
     * {@code name} as {@code dialect}'s database will keep it: unchanged when it fits the
     * identifier length, else cut and ended with a hash of the whole name, so that it stays
     * unique and is the same every time.
     */
    public static String fitIdentifier(DdlDialect dialect, String name) {
        return new DdlCompiler(dialect).fitIdentifier(name);
    }
}
