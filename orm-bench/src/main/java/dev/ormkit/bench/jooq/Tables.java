package dev.ormkit.bench.jooq;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The benchmark tables as plain jOOQ references, what a jOOQ user writes without the code
 * generator. Names are unquoted so that H2 folds them to upper case as it did in the DDL.
 */
public final class Tables {
    /** {@code users}. */
    public static final Table<Record> USERS = DSL.table(DSL.unquotedName("users"));
    public static final Field<Long> USERS_ID = DSL.field(DSL.unquotedName("users", "id"), SQLDataType.BIGINT);
    public static final Field<String> USERS_USERNAME =
            DSL.field(DSL.unquotedName("users", "username"), SQLDataType.VARCHAR(50));
    public static final Field<String> USERS_EMAIL = DSL.field(DSL.unquotedName("users", "email"), SQLDataType.VARCHAR(100));
    public static final Field<Boolean> USERS_IS_ACTIVE =
            DSL.field(DSL.unquotedName("users", "is_active"), SQLDataType.BOOLEAN);
    public static final Field<LocalDateTime> USERS_CREATED_AT =
            DSL.field(DSL.unquotedName("users", "created_at"), SQLDataType.LOCALDATETIME);

    /** {@code posts}. */
    public static final Table<Record> POSTS = DSL.table(DSL.unquotedName("posts"));
    public static final Field<Long> POSTS_ID = DSL.field(DSL.unquotedName("posts", "id"), SQLDataType.BIGINT);
    public static final Field<String> POSTS_TITLE = DSL.field(DSL.unquotedName("posts", "title"), SQLDataType.VARCHAR(200));
    public static final Field<String> POSTS_CONTENT =
            DSL.field(DSL.unquotedName("posts", "content"), SQLDataType.VARCHAR(2000));
    public static final Field<Long> POSTS_USER_ID = DSL.field(DSL.unquotedName("posts", "user_id"), SQLDataType.BIGINT);
    public static final Field<LocalDateTime> POSTS_CREATED_AT =
            DSL.field(DSL.unquotedName("posts", "created_at"), SQLDataType.LOCALDATETIME);

    /** The user columns, in {@link JooqMapping#user}'s order. */
    public static final List<Field<?>> USER_FIELDS =
            List.of(USERS_ID, USERS_USERNAME, USERS_EMAIL, USERS_IS_ACTIVE, USERS_CREATED_AT);
    /** The post columns, in {@link JooqMapping#post}'s order. */
    public static final List<Field<?>> POST_FIELDS =
            List.of(POSTS_ID, POSTS_TITLE, POSTS_CONTENT, POSTS_USER_ID, POSTS_CREATED_AT);

    private Tables() {
    }
}
