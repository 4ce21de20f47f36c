package dev.ormkit.testing;

/** The databases the test suite runs on. */
public enum DatabaseKind {
    H2("H2"), SQLITE("SQLite"), POSTGRESQL("PostgreSQL"), MARIADB("MariaDB");

    private final String label;

    DatabaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the databases that need a server. */
    public boolean isServer() {
        return this == POSTGRESQL || this == MARIADB;
    }
}
