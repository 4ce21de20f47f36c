package dev.ormkit.spring.migrations;

import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;

@Revision(id = "b2c3d4e5f6a7", down = "a1b2c3d4e5f6", message = "add body to notes")
public class AddNoteBody implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("notes", Column.of("body", Types.TEXT));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("notes", "body");
    }
}
