package dev.ormkit.spring.actuate;

import java.util.List;
import dev.ormkit.migrate.Migrator;
import dev.ormkit.migrate.RevisionInfo;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code ormmigrations} Actuator endpoint ({@code GET /actuator/ormmigrations}): where the
 * database stands in orm-migrate's revision graph, the heads, and the revisions an
 * {@code upgrade head} would still apply, as Boot's {@code flyway} endpoint does for Flyway.
 */
@Endpoint(id = "ormmigrations")
public class OrmMigrationsEndpoint {
    private final Migrator migrator;

    public OrmMigrationsEndpoint(Migrator migrator) {
        this.migrator = migrator;
    }

    /** The current revisions (one per branch), the heads and the pending revisions, oldest first. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        List<RevisionDescriptor> pending = migrator.pending().stream().map(RevisionDescriptor::of).toList();
        return new MigrationsDescriptor(migrator.current(), migrator.heads(), pending);
    }

    /**
     * @param current the revisions the version table records (empty: the database is at base)
     * @param heads the heads of the revision graph
     * @param pending what {@code upgrade head} would apply
     */
    public record MigrationsDescriptor(List<String> current, List<String> heads, List<RevisionDescriptor> pending)
            implements OperationResponseBody {
    }

    /** One revision: its id, the ids it follows, its message and branch labels. */
    public record RevisionDescriptor(String id, List<String> down, String message, List<String> branchLabels) {
        static RevisionDescriptor of(RevisionInfo info) {
            return new RevisionDescriptor(info.id(), info.down(), info.message(), info.branchLabels());
        }
    }
}
