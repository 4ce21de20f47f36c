package dev.ormkit.reliability.badinput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bad-input corpus: values a user or an attacker may send, and names that are no mapped
 * attribute. Public so that other modules' tests (Spring Data repositories) use the same list.
 */
public final class HostileInputs {
    /** The NUL character, which PostgreSQL's text types refuse. */
    public static final String NUL = "nul\u0000inside";

    private HostileInputs() {
    }

    /** Short hostile strings (at most 200 UTF-16 units, so they fit a VARCHAR(200)). */
    public static List<String> shortValues() {
        return List.of(
                "", " ", "  leading and trailing  ", "\t\n\r",
                "'", "''", "\"", "`", "\\", "\\'", "'\\", "C:\\path\\to\\", "\\\\server\\share",
                "'; DROP TABLE rb_notes; --", "1' OR '1'='1", "\" OR \"\"=\"", "Robert'); DROP TABLE students;--",
                "x'); DELETE FROM rb_notes WHERE ('1'='1", "/* comment */ SELECT 1", "-- dash comment", "#hash",
                "%", "_", "%_%", "\\%", "50% off_now", "?", "??", ":name", ":1", "$1", "@var", "{0}", "${user.home}",
                "#{x}", "' UNION SELECT password_hash FROM users --", "\u0008\u001b[31mred",
                "😀", "👩‍👩‍👧‍👦", "👍🏽", "𝕏𝔸", "\uD83D\uDE00 mixed ascii",
                "שלום עולם", "مرحبا بالعالم", "\u202Egnirts desrever\u202C", "abc\u200Fdef",
                "e\u0301", "Z\u0364\u0314\u0351\u0306", "\u0061\u030A\u0328", "\uFEFFbom", "zero\u200Bwidth",
                "line\u2028sep", "日本語テキスト", "Ελληνικά", "\uDBFF\uDFFF max code point",
                "NULL", "null", "None", "true", "0", "-1", "1e308", "SELECT", "DROP");
    }

    /** Long strings: 10 000 characters, and 1 MiB of mixed text. */
    public static List<String> longValues() {
        StringBuilder mib = new StringBuilder(1 << 20);
        String chunk = "abc'\"\\%_ 123 é 😀 ";
        while (mib.length() < (1 << 20)) {
            mib.append(chunk);
        }
        return List.of("x".repeat(10_000), mib.substring(0, 1 << 20));
    }

    /** Every value but NUL and null. */
    public static List<String> values() {
        List<String> all = new ArrayList<>(shortValues());
        all.addAll(longValues());
        return Collections.unmodifiableList(all);
    }

    /** Names that are no mapped attribute: injection, quoting, paths, a column that is not a property. */
    public static List<String> names() {
        return List.of("", " ", "id; DROP TABLE rb_notes", "id DESC; DROP TABLE rb_notes; --", "title'--",
                "\"title\"", "`title`", "title)", "(SELECT 1)", "1", "id,title", "rb_notes.id", "owner.name",
                "title\u0000", "ti tle", "password_hash", "__class__", "../id", "😀", "id\n");
    }
}
