package dev.ormkit.testing;

/**
 * Testcontainers fallback: when no local PostgreSQL or MariaDB answers and Docker is
 * available, start one container per server kind for the whole test run.
 */
final class Containers {
    private Containers() {
    }

    /** An ormkit URL of a started container, or null when Docker is not available. */
    static String start(DatabaseKind kind) {
        try {
            if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                return null;
            }
        } catch (Throwable e) {
            return null;
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            var pg = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:16-alpine");
            pg.start();
            return "postgresql://" + pg.getUsername() + ":" + pg.getPassword() + "@" + pg.getHost() + ":"
                    + pg.getMappedPort(5432) + "/" + pg.getDatabaseName();
        }
        var maria = new org.testcontainers.mariadb.MariaDBContainer("mariadb:11");
        maria.withUsername("root");
        maria.start();
        return "mariadb://root:" + maria.getPassword() + "@" + maria.getHost() + ":" + maria.getMappedPort(3306)
                + "/" + maria.getDatabaseName();
    }
}
