package dev.ormkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import dev.ormkit.sql.TypeKind;
import dev.ormkit.sql.SqlType;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.engine.Engine;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import org.assertj.core.api.SoftAssertions;

/** Every generic type, created and read back, renders the same DDL again: what autogenerate relies on. */
class TypeReflectionTest {
    private static final List<SqlType<?>> TYPES = List.of(Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DOUBLE,
            Types.NUMERIC, Types.decimal(10, 2), Types.BOOLEAN, Types.TEXT, Types.VARCHAR, Types.string(50),
            Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIMESTAMP_TZ, Types.UUID_TYPE, Types.BINARY);

    @AllDatabases
    void reflectedTypesRenderAsTheDeclaredOnes(TestDatabase db) {
        MetaData md = new MetaData();
        List<TableElement> columns = new java.util.ArrayList<>();
        columns.add(Column.of("id", Types.INTEGER).primaryKey());
        for (int i = 0; i < TYPES.size(); i++) {
            columns.add(Column.of("c" + i, TYPES.get(i)));
        }
        md.table("typed", columns.toArray(new TableElement[0]));
        Engine engine = db.engine();
        md.createAll(engine);
        Dialect dialect = engine.dialect();

        List<ReflectedColumn> reflected = Inspector.of(engine).columns("typed");
        assertThat(reflected).hasSize(TYPES.size() + 1);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < TYPES.size(); i++) {
            SqlType<?> declared = TYPES.get(i);
            ReflectedColumn col = reflected.get(i + 1);
            soft.assertThat(dialect.typeName(col.type())).as("%s reflected as %s (%s)", declared, col.type(), col.typeName())
                    .isEqualTo(dialect.typeName(declared));
            if (declared.kind() == TypeKind.VARCHAR) {
                soft.assertThat(col.type().length()).as("length of " + declared).isEqualTo(declared.length());
            }
            if (declared.kind() == TypeKind.DECIMAL) {
                soft.assertThat(col.type().precision()).as("precision of " + declared).isEqualTo(declared.precision());
                soft.assertThat(col.type().scale()).as("scale of " + declared).isEqualTo(declared.scale());
            }
            soft.assertThat(col.nullable()).isTrue();
            soft.assertThat(col.autoincrement()).isFalse();
        }
        soft.assertAll();
        assertThat(reflected.get(0).autoincrement()).isTrue();
    }
}
