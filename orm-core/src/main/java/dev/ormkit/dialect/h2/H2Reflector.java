package dev.ormkit.dialect.h2;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import dev.ormkit.schema.DdlDialect;
import dev.ormkit.schema.Reflector;

/**
 * H2's catalog: the standard metadata serves, except that the indexes H2 makes for
 * constraints carry their own names ({@code PRIMARY_KEY_5}, {@code CONSTRAINT_INDEX_8}); its
 * {@code INFORMATION_SCHEMA.INDEXES} marks them as generated.
 */
final class H2Reflector extends Reflector {
    static final H2Reflector INSTANCE = new H2Reflector();

    private H2Reflector() {
    }

    @Override
    protected Set<String> constraintIndexNames(java.sql.Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = jdbc.prepareStatement("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND IS_GENERATED")) {
            ps.setString(1, jdbc.getSchema());
            ps.setString(2, dialect.denormalizeName(table));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
