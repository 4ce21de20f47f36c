package dev.ormkit.demo.service;

import static dev.ormkit.sql.Sql.caseWhen;
import static dev.ormkit.sql.Sql.func;
import static dev.ormkit.sql.Sql.select;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import dev.ormkit.demo.model.Favorite_;
import dev.ormkit.demo.model.Follow_;
import dev.ormkit.engine.Row;
import dev.ormkit.orm.Session;
import org.springframework.stereotype.Component;

/**
 * What a page of articles or comments needs besides the rows themselves, one grouped statement
 * each, whatever the page size: favourite counts with the reader's own favourites, and which of
 * the authors the reader follows.
 */
@Component
public class ReaderFlags {
    private final Session session;

    /** Flags read through the current session. */
    public ReaderFlags(Session session) {
        this.session = session;
    }

    /** Favourite count and whether the reader favoured it, per article id (absent: none). */
    public Map<Long, Favourites> favourites(Collection<Long> articleIds, Long reader) {
        Map<Long, Favourites> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        var mine = reader == null
                ? func.max(caseWhen(Favorite_.userId.isNull(), 1).otherwise(0))
                : func.max(caseWhen(Favorite_.userId.eq(reader), 1).otherwise(0));
        var statement = select(Favorite_.articleId, func.count(), mine)
                .where(Favorite_.articleId.in(articleIds))
                .groupBy(Favorite_.articleId);
        for (Row row : session.execute(statement).all()) {
            long id = asLong(row.get(0));
            out.put(id, new Favourites(asLong(row.get(1)), asLong(row.get(2)) == 1));
        }
        return out;
    }

    /** Which of {@code userIds} the reader follows (empty for an anonymous reader). */
    public Set<Long> followed(Collection<Long> userIds, Long reader) {
        Set<Long> out = new HashSet<>();
        if (reader == null || userIds.isEmpty()) {
            return out;
        }
        var statement = select(Follow_.followeeId)
                .where(Follow_.followerId.eq(reader), Follow_.followeeId.in(userIds));
        for (Row row : session.execute(statement).all()) {
            out.add(asLong(row.get(0)));
        }
        return out;
    }

    /** A number from a driver that may answer an aggregate as a number or as text. */
    private static long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value).trim());
    }

    /**
     * An article's favourites.
     *
     * @param count how many users favour it
     * @param mine whether the reader does
     */
    public record Favourites(long count, boolean mine) {
        /** No favourites. */
        public static final Favourites NONE = new Favourites(0, false);
    }
}
