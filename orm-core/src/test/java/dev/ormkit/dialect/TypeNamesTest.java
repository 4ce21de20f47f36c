package dev.ormkit.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import dev.ormkit.schema.Types;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.TypeKind;
import org.junit.jupiter.api.Test;

/**
 * Each database's DDL type names, from the one standard table and its overrides: the same
 * names each dialect wrote before the table existed, type by type.
 */
class TypeNamesTest {

    private static Map<SqlType<?>, String> expected(String... names) {
        SqlType<?>[] types = {Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.decimal(10, 2), Types.DOUBLE,
            Types.BOOLEAN, Types.string(40), Types.TEXT, Types.DATE, Types.TIME, Types.TIMESTAMP,
            Types.TIMESTAMP_TZ, Types.UUID_TYPE, Types.BINARY, Types.binary(16), Types.custom("JSONB", String.class)};
        Map<SqlType<?>, String> out = new LinkedHashMap<>();
        for (int i = 0; i < types.length; i++) {
            out.put(types[i], names[i]);
        }
        return out;
    }

    private static void assertNames(String database, Map<SqlType<?>, String> expected) {
        Dialect dialect = Dialects.forName(database);
        expected.forEach((type, name) -> assertThat(dialect.typeName(type)).as(database + " " + type).isEqualTo(name));
    }

    @Test
    void postgresqlSpellsTheStandardNamesButBinary() {
        assertNames("postgresql", expected("SMALLINT", "INTEGER", "BIGINT", "NUMERIC(10, 2)", "DOUBLE PRECISION",
                "BOOLEAN", "VARCHAR(40)", "TEXT", "DATE", "TIME", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "UUID",
                "BYTEA", "BYTEA", "JSONB"));
    }

    @Test
    void h2() {
        assertNames("h2", expected("SMALLINT", "INTEGER", "BIGINT", "NUMERIC(10, 2)", "DOUBLE PRECISION",
                "BOOLEAN", "VARCHAR(40)", "CHARACTER VARYING", "DATE", "TIME", "TIMESTAMP",
                "TIMESTAMP WITH TIME ZONE", "UUID", "VARBINARY", "VARBINARY(16)", "JSONB"));
    }

    @Test
    void sqlite() {
        assertNames("sqlite", expected("SMALLINT", "INTEGER", "INTEGER", "NUMERIC(10, 2)", "FLOAT",
                "BOOLEAN", "VARCHAR(40)", "TEXT", "DATE", "TIME", "DATETIME", "DATETIME", "CHAR(36)", "BLOB", "BLOB",
                "JSONB"));
    }

    @Test
    void mysqlAndMariadb() {
        Map<SqlType<?>, String> names = expected("SMALLINT", "INTEGER", "BIGINT", "DECIMAL(10, 2)", "DOUBLE",
                "BOOL", "VARCHAR(40)", "LONGTEXT", "DATE", "TIME(6)", "DATETIME(6)", "DATETIME(6)", "CHAR(36)",
                "LONGBLOB", "VARBINARY(16)", "JSONB");
        assertNames("mysql", names);
        assertNames("mariadb", names);
    }

    @Test
    void anOverrideLeavesTheStandardTableAsItWas() {
        TypeNames own = TypeNames.standard().with(TypeKind.BOOLEAN, "BIT");
        assertThat(own.nameOf(Types.BOOLEAN)).isEqualTo("BIT");
        assertThat(TypeNames.standard().nameOf(Types.BOOLEAN)).isEqualTo("BOOLEAN");
        assertThatThrownBy(() -> TypeNames.standard().with(TypeKind.CUSTOM, "X"))
                .hasMessageContaining("CUSTOM");
    }
}
