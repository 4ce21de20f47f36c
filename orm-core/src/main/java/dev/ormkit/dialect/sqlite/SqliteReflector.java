package dev.ormkit.dialect.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import dev.ormkit.schema.ReferentialAction;
import dev.ormkit.schema.ReflectedCheckConstraint;
import dev.ormkit.schema.ReflectedColumn;
import dev.ormkit.schema.ReflectedForeignKey;
import dev.ormkit.schema.ReflectedIndex;
import dev.ormkit.schema.ReflectedPrimaryKey;
import dev.ormkit.schema.ReflectedUniqueConstraint;
import dev.ormkit.schema.DdlDialect;
import dev.ormkit.schema.Reflector;
import dev.ormkit.sql.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's catalog, read through its PRAGMA table functions ({@code pragma_table_info(?)} and
 * friends, which take the table name as a bound value, so no name needs quoting). SQLite keeps
 * no names for foreign keys and unique constraints, and CHECK constraints only inside the
 * {@code CREATE TABLE} text, from which they are read.
 */
final class SqliteReflector extends Reflector {
    static final SqliteReflector INSTANCE = new SqliteReflector();

    private SqliteReflector() {
    }

    @Override
    public List<String> tableNames(java.sql.Connection jdbc, DdlDialect dialect) throws SQLException {
        List<String> names = new ArrayList<>();
        for (Object[] row : query(jdbc, "SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", null)) {
            names.add((String) row[0]);
        }
        return names;
    }

    @Override
    public List<ReflectedColumn> columns(java.sql.Connection jdbc, DdlDialect dialect, String table) throws SQLException {
        List<Object[]> rows = query(jdbc, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"
                + " ORDER BY cid", table);
        int pkCount = 0;
        for (Object[] r : rows) {
            if (((Number) r[4]).intValue() > 0) {
                pkCount++;
            }
        }
        List<ReflectedColumn> out = new ArrayList<>();
        for (Object[] r : rows) {
            String type = r[1] == null ? "" : (String) r[1];
            boolean pk = ((Number) r[4]).intValue() > 0;
            // only a lone "INTEGER PRIMARY KEY" is the rowid, which generates values
            boolean auto = pk && pkCount == 1 && type.trim().equalsIgnoreCase("INTEGER");
            SqlType<?> sqlType = reflectType(dialect, type, java.sql.Types.OTHER, 0, 0);
            out.add(new ReflectedColumn((String) r[0], type, sqlType, !pk && ((Number) r[2]).intValue() == 0,
                    normalizeDefault((String) r[3]), auto));
        }
        return out;
    }

    @Override
    public ReflectedPrimaryKey primaryKey(java.sql.Connection jdbc, DdlDialect dialect, String table) throws SQLException {
        TreeMap<Integer, String> cols = new TreeMap<>();
        for (Object[] r : query(jdbc, "SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0", table)) {
            cols.put(((Number) r[1]).intValue(), (String) r[0]);
        }
        return new ReflectedPrimaryKey(null, new ArrayList<>(cols.values()));
    }

    @Override
    public List<ReflectedForeignKey> foreignKeys(java.sql.Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        Map<Integer, List<Object[]>> groups = new TreeMap<>();
        for (Object[] r : query(jdbc, "SELECT id, seq, \"table\", \"from\", \"to\", on_delete, on_update"
                + " FROM pragma_foreign_key_list(?) ORDER BY id, seq", table)) {
            groups.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>()).add(r);
        }
        List<ReflectedForeignKey> out = new ArrayList<>();
        for (List<Object[]> rows : groups.values()) {
            String referred = (String) rows.get(0)[2];
            List<String> cols = new ArrayList<>();
            List<String> refCols = new ArrayList<>();
            for (Object[] r : rows) {
                cols.add((String) r[3]);
                refCols.add((String) r[4]);
            }
            if (refCols.contains(null)) {
                // "REFERENCES parent" without columns means the parent's primary key
                refCols = primaryKey(jdbc, dialect, referred).columns();
            }
            out.add(new ReflectedForeignKey(null, cols, referred, refCols, action((String) rows.get(0)[5]),
                    action((String) rows.get(0)[6])));
        }
        // the pragma numbers keys last-declared first
        java.util.Collections.reverse(out);
        return out;
    }

    private static ReferentialAction action(@Nullable String sql) {
        if (sql == null) {
            return ReferentialAction.NO_ACTION;
        }
        for (ReferentialAction a : ReferentialAction.values()) {
            if (a.sql().equalsIgnoreCase(sql.trim())) {
                return a;
            }
        }
        return ReferentialAction.NO_ACTION;
    }

    @Override
    public List<ReflectedIndex> indexes(java.sql.Connection jdbc, DdlDialect dialect, String table) throws SQLException {
        List<ReflectedIndex> out = new ArrayList<>();
        for (Object[] r : indexList(jdbc, table, "c")) {
            out.add(new ReflectedIndex((String) r[0], indexColumns(jdbc, (String) r[0]), ((Number) r[1]).intValue() == 1));
        }
        return out;
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(java.sql.Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        for (Object[] r : indexList(jdbc, table, "u")) {
            out.add(new ReflectedUniqueConstraint(null, indexColumns(jdbc, (String) r[0])));
        }
        return out;
    }

    private List<Object[]> indexList(java.sql.Connection jdbc, String table, String origin) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : query(jdbc, "SELECT name, \"unique\", origin FROM pragma_index_list(?) ORDER BY seq DESC", table)) {
            if (origin.equals(r[2])) {
                rows.add(r);
            }
        }
        return rows;
    }

    private List<String> indexColumns(java.sql.Connection jdbc, String index) throws SQLException {
        List<String> cols = new ArrayList<>();
        for (Object[] r : query(jdbc, "SELECT name FROM pragma_index_info(?) ORDER BY seqno", index)) {
            cols.add((String) r[0]);
        }
        return cols;
    }

    @Override
    public List<ReflectedCheckConstraint> checkConstraints(java.sql.Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        List<Object[]> rows = query(jdbc, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table);
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            return List.of();
        }
        return CheckScanner.scan((String) rows.get(0)[0]);
    }

    private static List<Object[]> query(java.sql.Connection jdbc, String sql, @Nullable String param)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** Finds {@code [CONSTRAINT name] CHECK (...)} in CREATE TABLE text, skipping quoted text. */
    static final class CheckScanner {
        private final String sql;
        private int pos;

        private CheckScanner(String sql) {
            this.sql = sql;
        }

        static List<ReflectedCheckConstraint> scan(String createTable) {
            return new CheckScanner(createTable).run();
        }

        private List<ReflectedCheckConstraint> run() {
            List<ReflectedCheckConstraint> out = new ArrayList<>();
            String pendingName = null;
            while (pos < sql.length()) {
                char ch = sql.charAt(pos);
                if (isQuote(ch)) {
                    skipQuoted();
                } else if (Character.isLetter(ch) || ch == '_') {
                    int start = pos;
                    while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
                        pos++;
                    }
                    String word = sql.substring(start, pos).toUpperCase(Locale.ROOT);
                    if (word.equals("CONSTRAINT")) {
                        pendingName = readName();
                    } else if (word.equals("CHECK")) {
                        skipSpace();
                        if (pos < sql.length() && sql.charAt(pos) == '(') {
                            out.add(new ReflectedCheckConstraint(pendingName, readParenthesized()));
                        }
                        pendingName = null;
                    } else if (word.equals("PRIMARY") || word.equals("UNIQUE") || word.equals("FOREIGN")) {
                        pendingName = null;
                    }
                } else {
                    pos++;
                }
            }
            return out;
        }

        private static boolean isQuote(char ch) {
            return ch == '\'' || ch == '"' || ch == '`' || ch == '[';
        }

        /** Skips a quoted token (a doubled quote inside it stays inside) and returns its content. */
        private String skipQuoted() {
            char open = sql.charAt(pos);
            char close = open == '[' ? ']' : open;
            StringBuilder content = new StringBuilder();
            pos++;
            while (pos < sql.length()) {
                char ch = sql.charAt(pos++);
                if (ch == close) {
                    if (close != ']' && pos < sql.length() && sql.charAt(pos) == close) {
                        content.append(ch);
                        pos++;
                    } else {
                        break;
                    }
                } else {
                    content.append(ch);
                }
            }
            return content.toString();
        }

        private String readName() {
            skipSpace();
            if (pos < sql.length() && isQuote(sql.charAt(pos))) {
                return skipQuoted();
            }
            int start = pos;
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
                pos++;
            }
            return sql.substring(start, pos);
        }

        private void skipSpace() {
            while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) {
                pos++;
            }
        }

        /** The text inside the parentheses starting at {@code pos}, which ends after the closing one. */
        private String readParenthesized() {
            int depth = 0;
            int start = pos + 1;
            while (pos < sql.length()) {
                char ch = sql.charAt(pos);
                if (isQuote(ch)) {
                    skipQuoted();
                    continue;
                }
                pos++;
                if (ch == '(') {
                    depth++;
                } else if (ch == ')' && --depth == 0) {
                    return sql.substring(start, pos - 1).trim();
                }
            }
            return sql.substring(start).trim();
        }
    }
}
