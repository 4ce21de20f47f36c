package dev.ormkit.schema;


/** A DDL statement a dialect supplies as finished SQL (a PRAGMA, say). */
final class RawDdl extends DdlElement {
    private final String sql;

    RawDdl(String sql) {
        this.sql = sql;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return sql;
    }

    @Override
    public String toString() {
        return sql;
    }
}
