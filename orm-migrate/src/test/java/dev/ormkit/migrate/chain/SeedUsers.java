package dev.ormkit.migrate.chain;

import static dev.ormkit.sql.Sql.delete;

import java.util.List;
import java.util.Map;
import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;

@Revision(id = "a2000000c002", down = "a1000000c001", message = "seed users")
public class SeedUsers implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.bulkInsert("users", List.of(Map.of("id", 1L, "username", "alice"), Map.of("id", 2L, "username", "bob's")));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute(delete(op.table("users")));
    }
}
