package dev.ormkit.spring.migrations;

import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "a1b2c3d4e5f6", down = Revision.BASE, message = "create notes")
public class CreateNotes implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("notes", Column.of("id", Types.BIGINT).primaryKey(), Column.of("title", Types.string(80)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("notes");
    }
}
