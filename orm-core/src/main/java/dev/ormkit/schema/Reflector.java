package dev.ormkit.schema;

import dev.ormkit.sql.TypeKind;
import dev.ormkit.sql.SqlType;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.sql.Connection;
import org.jspecify.annotations.Nullable;

/**
 * Reads a database's schema: the strategy behind {@link Inspector}. This base class uses JDBC
 * {@link DatabaseMetaData} and the standard {@code INFORMATION_SCHEMA}; a dialect whose
 * catalog says more, or says it differently, returns a subclass from
 * {@link Dialect#reflector()}. Table and column names go in and come out in ormkit's form
 * (lower case where the database upper-cases unquoted names).
 *
 * <p>Stateless and thread-safe; every method works on the connection it is given.
 */
public class Reflector {
    /** The reflector for databases that need nothing beyond the standard metadata. */
    public static final Reflector STANDARD = new Reflector();

    /** For a dialect's reflector, which overrides what its database reports in its own way. */
    protected Reflector() {
    }

    // --- tables --------------------------------------------------------------------------

    /** The names of the tables (not views) in the connection's current schema. */
    public List<String> tableNames(Connection jdbc, DdlDialect dialect) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = jdbc.getMetaData().getTables(jdbc.getCatalog(), schema(jdbc), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (isTableType(type)) {
                    names.add(dialect.normalizeName(rs.getString("TABLE_NAME")));
                }
            }
        }
        return names;
    }

    /** True for the JDBC table types that are ordinary tables. */
    protected boolean isTableType(@Nullable String type) {
        return "TABLE".equalsIgnoreCase(type) || "BASE TABLE".equalsIgnoreCase(type);
    }

    /** The schema tables are looked up in: the connection's current schema. */
    protected @Nullable String schema(Connection jdbc) throws SQLException {
        return jdbc.getSchema();
    }

    /** The value of {@code TABLE_SCHEMA} in {@code INFORMATION_SCHEMA} for the current schema. */
    protected @Nullable String informationSchemaName(Connection jdbc) throws SQLException {
        return schema(jdbc);
    }

    // --- columns -------------------------------------------------------------------------

    /** The columns of {@code table}, in table order. */
    public List<ReflectedColumn> columns(Connection jdbc, DdlDialect dialect, String table) throws SQLException {
        String stored = dialect.denormalizeName(table);
        TreeMap<Integer, ReflectedColumn> byPosition = new TreeMap<>();
        DatabaseMetaData md = jdbc.getMetaData();
        try (ResultSet rs = md.getColumns(jdbc.getCatalog(), schema(jdbc), escape(md, stored), "%")) {
            while (rs.next()) {
                if (!stored.equals(rs.getString("TABLE_NAME"))) {
                    continue; // the pattern's wildcards matched a neighbour
                }
                String typeName = rs.getString("TYPE_NAME");
                int size = rs.getInt("COLUMN_SIZE");
                int digits = rs.getInt("DECIMAL_DIGITS");
                SqlType<?> type = reflectType(dialect, typeName, rs.getInt("DATA_TYPE"), size, digits);
                String def = normalizeDefault(rs.getString("COLUMN_DEF"));
                boolean auto = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
                ReflectedColumn c = new ReflectedColumn(dialect.normalizeName(rs.getString("COLUMN_NAME")),
                        displayTypeName(typeName, type), type, "YES".equalsIgnoreCase(rs.getString("IS_NULLABLE")),
                        auto ? null : def, auto);
                byPosition.put(rs.getInt("ORDINAL_POSITION"), c);
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /** The type name shown for a column: the database's own, with its length where it has one. */
    protected String displayTypeName(String typeName, SqlType<?> type) {
        if (typeName.indexOf('(') < 0 && type.length() != null) {
            return typeName + "(" + type.length() + ")";
        }
        if (typeName.indexOf('(') < 0 && type.kind() == TypeKind.DECIMAL && type.precision() != null) {
            return typeName + "(" + type.precision() + ", " + type.scale() + ")";
        }
        return typeName;
    }

    /** A reported default, with "no default" spellings ({@code NULL}) made null. */
    protected @Nullable String normalizeDefault(@Nullable String def) {
        if (def == null || def.isBlank() || def.equalsIgnoreCase("NULL")) {
            return null;
        }
        return def;
    }

    /**
     * Maps a reported column type back to a generic {@link SqlType}. The type name decides
     * where it is known (arguments written in it, as in {@code VARCHAR(50)}, win over the
     * reported size); what is not known becomes {@link TypeKind#CUSTOM} with the name as its SQL.
     */
    protected SqlType<?> reflectType(DdlDialect dialect, String typeName, int jdbcType, int size, int digits) {
        String upper = typeName.trim().toUpperCase(Locale.ROOT);
        int paren = upper.indexOf('(');
        String base = (paren >= 0 ? upper.substring(0, paren) : upper).replace(" UNSIGNED", "").trim();
        if (paren >= 0) {
            int close = upper.indexOf(')', paren);
            String[] args = upper.substring(paren + 1, close > paren ? close : upper.length()).split(",");
            size = parseInt(args[0], size);
            digits = args.length > 1 ? parseInt(args[1], digits) : 0;
            String after = close > paren ? upper.substring(close + 1).trim() : "";
            if (!after.isEmpty()) {
                base = base + " " + after; // "TIMESTAMP(6) WITH TIME ZONE"
            }
        }
        SqlType<?> t = typeForName(dialect, base, jdbcType, size, digits);
        return t != null ? t : Types.custom(typeName, Object.class);
    }

    /**
     * The generic type for a base type name (upper case, without arguments), or null. Where
     * the dialect has no native UUID type, {@code CHAR(36)} is read back as UUID, since that is
     * how ormkit stores one there.
     */
    protected @Nullable SqlType<?> typeForName(DdlDialect dialect, String base, int jdbcType, int size, int digits) {
        switch (base) {
            case "SMALLINT": case "INT2": case "SMALLSERIAL":
                return Types.SMALLINT;
            case "TINYINT":
                return jdbcType == java.sql.Types.BIT || jdbcType == java.sql.Types.BOOLEAN || size == 1
                        ? Types.BOOLEAN : Types.SMALLINT;
            case "INTEGER": case "INT": case "INT4": case "MEDIUMINT": case "SERIAL":
                return Types.INTEGER;
            case "BIGINT": case "INT8": case "BIGSERIAL":
                return Types.BIGINT;
            case "DECIMAL": case "NUMERIC": case "DEC":
                return size > 0 && digits <= size ? Types.decimal(size, Math.max(digits, 0)) : Types.NUMERIC;
            case "DOUBLE": case "DOUBLE PRECISION": case "FLOAT": case "FLOAT8": case "REAL": case "FLOAT4":
                return Types.DOUBLE;
            case "BOOLEAN": case "BOOL":
                return Types.BOOLEAN;
            case "BIT":
                return size <= 1 ? Types.BOOLEAN : null;
            case "VARCHAR": case "CHARACTER VARYING": case "NVARCHAR": case "VARCHAR2": case "NATIONAL CHARACTER VARYING":
                return unbounded(size) ? Types.TEXT : Types.string(size);
            case "CHAR": case "CHARACTER": case "BPCHAR": case "NCHAR":
                return size == 36 && !dialect.hasNativeUuid() ? Types.UUID_TYPE
                        : unbounded(size) ? Types.TEXT : Types.string(size);
            case "TEXT": case "CLOB": case "LONGTEXT": case "MEDIUMTEXT": case "TINYTEXT": case "CHARACTER LARGE OBJECT":
                return Types.TEXT;
            case "DATE":
                return Types.DATE;
            case "TIME": case "TIME WITHOUT TIME ZONE":
                return Types.TIME;
            case "TIMESTAMP": case "DATETIME": case "TIMESTAMP WITHOUT TIME ZONE":
                return Types.TIMESTAMP;
            case "TIMESTAMPTZ": case "TIMESTAMP WITH TIME ZONE":
                return Types.TIMESTAMP_TZ;
            case "UUID":
                return Types.UUID_TYPE;
            case "BYTEA": case "BLOB": case "LONGBLOB": case "MEDIUMBLOB": case "TINYBLOB": case "BINARY LARGE OBJECT":
                return Types.BINARY;
            case "VARBINARY": case "BINARY VARYING": case "BINARY":
                return unbounded(size) ? Types.BINARY : Types.binary(size);
            default:
                return null;
        }
    }

    /** A reported size that means "no limit" (PostgreSQL says 2^31-1, H2 10^9). */
    protected static boolean unbounded(int size) {
        return size <= 0 || size >= 1_000_000_000;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // --- keys ----------------------------------------------------------------------------

    /** The primary key of {@code table}. */
    public ReflectedPrimaryKey primaryKey(Connection jdbc, DdlDialect dialect, String table) throws SQLException {
        TreeMap<Integer, String> cols = new TreeMap<>();
        String name = null;
        try (ResultSet rs = jdbc.getMetaData().getPrimaryKeys(jdbc.getCatalog(), schema(jdbc),
                dialect.denormalizeName(table))) {
            while (rs.next()) {
                cols.put(rs.getInt("KEY_SEQ"), dialect.normalizeName(rs.getString("COLUMN_NAME")));
                name = rs.getString("PK_NAME");
            }
        }
        return new ReflectedPrimaryKey(name == null ? null : dialect.normalizeName(name), new ArrayList<>(cols.values()));
    }

    /** The foreign keys of {@code table}, each with its columns in key order. */
    public List<ReflectedForeignKey> foreignKeys(Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        List<ReflectedForeignKey> out = new ArrayList<>();
        Map<String, List<Object[]>> groups = new LinkedHashMap<>();
        int unnamed = 0;
        try (ResultSet rs = jdbc.getMetaData().getImportedKeys(jdbc.getCatalog(), schema(jdbc),
                dialect.denormalizeName(table))) {
            while (rs.next()) {
                String fkName = rs.getString("FK_NAME");
                int seq = rs.getInt("KEY_SEQ");
                if (fkName == null && seq == 1) {
                    unnamed++;
                }
                String key = fkName != null ? "n:" + fkName : "u:" + unnamed;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {
                        seq, rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"),
                        rs.getInt("DELETE_RULE"), rs.getInt("UPDATE_RULE"), fkName});
            }
        }
        for (List<Object[]> rows : groups.values()) {
            rows.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
            List<String> cols = new ArrayList<>();
            List<String> refCols = new ArrayList<>();
            for (Object[] r : rows) {
                cols.add(dialect.normalizeName((String) r[1]));
                refCols.add(dialect.normalizeName((String) r[3]));
            }
            Object[] first = rows.get(0);
            String fkName = (String) first[6];
            out.add(new ReflectedForeignKey(fkName == null ? null : dialect.normalizeName(fkName), cols,
                    dialect.normalizeName((String) first[2]), refCols, action((Integer) first[4]),
                    action((Integer) first[5])));
        }
        return out;
    }

    /** A JDBC {@code importedKey*} rule as a {@link ReferentialAction}. */
    protected ReferentialAction action(int rule) {
        switch (rule) {
            case DatabaseMetaData.importedKeyCascade:
                return ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeyRestrict:
                return ReferentialAction.RESTRICT;
            case DatabaseMetaData.importedKeySetNull:
                return ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault:
                return ReferentialAction.SET_DEFAULT;
            default:
                return ReferentialAction.NO_ACTION;
        }
    }

    // --- indexes and constraints ---------------------------------------------------------

    /**
     * The indexes of {@code table} that are not the primary key's or a unique constraint's
     * own index (those are reported by {@link #primaryKey} and {@link #uniqueConstraints}).
     */
    public List<ReflectedIndex> indexes(Connection jdbc, DdlDialect dialect, String table) throws SQLException {
        Set<String> hidden = constraintIndexNames(jdbc, dialect, table);
        Map<String, TreeMap<Integer, String>> cols = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = jdbc.getMetaData().getIndexInfo(jdbc.getCatalog(), schema(jdbc),
                dialect.denormalizeName(table), false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String col = rs.getString("COLUMN_NAME");
                if (name == null || col == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
                        || hidden.contains(name)) {
                    continue;
                }
                cols.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        dialect.normalizeName(col));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<ReflectedIndex> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, String>> e : cols.entrySet()) {
            out.add(new ReflectedIndex(dialect.normalizeName(e.getKey()), new ArrayList<>(e.getValue().values()),
                    unique.get(e.getKey())));
        }
        return out;
    }

    /**
     * The catalog names of indexes the database made for constraints, left out of
     * {@link #indexes}. By default: the primary key's and each unique constraint's, which
     * carry the constraint's name.
     */
    protected Set<String> constraintIndexNames(Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        Set<String> names = new HashSet<>();
        ReflectedPrimaryKey pk = primaryKey(jdbc, dialect, table);
        if (pk.name() != null) {
            names.add(dialect.denormalizeName(pk.name()));
        }
        for (ReflectedUniqueConstraint u : uniqueConstraints(jdbc, dialect, table)) {
            if (u.name() != null) {
                names.add(dialect.denormalizeName(u.name()));
            }
        }
        return names;
    }

    /** The UNIQUE constraints of {@code table}, from {@code INFORMATION_SCHEMA}. */
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        String sql = "SELECT tc.CONSTRAINT_NAME, kcu.COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE kcu ON kcu.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND kcu.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND kcu.TABLE_NAME = tc.TABLE_NAME"
                + " WHERE tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'UNIQUE'"
                + " ORDER BY tc.CONSTRAINT_NAME, kcu.ORDINAL_POSITION";
        Map<String, List<String>> groups = new LinkedHashMap<>();
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            ps.setString(1, informationSchemaName(jdbc));
            ps.setString(2, dialect.denormalizeName(table));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(dialect.normalizeName(rs.getString(2)));
                }
            }
        }
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        groups.forEach((name, cols) -> out.add(new ReflectedUniqueConstraint(dialect.normalizeName(name), cols)));
        return out;
    }

    /** The CHECK constraints of {@code table}, from {@code INFORMATION_SCHEMA}. */
    public List<ReflectedCheckConstraint> checkConstraints(Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        String sql = "SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
                + " ORDER BY tc.CONSTRAINT_NAME";
        return queryChecks(jdbc, dialect, sql, informationSchemaName(jdbc), dialect.denormalizeName(table));
    }

    /** Runs a query whose rows are (name, condition) with the two given parameters. */
    protected List<ReflectedCheckConstraint> queryChecks(Connection jdbc, DdlDialect dialect, String sql,
                                                         @Nullable String first, String second) throws SQLException {
        List<ReflectedCheckConstraint> out = new ArrayList<>();
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            ps.setString(1, first);
            ps.setString(2, second);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    out.add(new ReflectedCheckConstraint(name == null ? null : dialect.normalizeName(name),
                            rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** A name as a metadata search pattern: {@code _} and {@code %} escaped. */
    protected static String escape(DatabaseMetaData md, String name) throws SQLException {
        String esc = md.getSearchStringEscape();
        if (esc == null || esc.isEmpty()) {
            return name;
        }
        return name.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }
}
