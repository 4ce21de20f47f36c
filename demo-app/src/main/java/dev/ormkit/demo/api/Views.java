package dev.ormkit.demo.api;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes the Conduit API answers with. */
public final class Views {
    /** ISO-8601 in UTC with milliseconds, as the spec's examples. */
    private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private Views() {
    }

    /**
     * A UTC timestamp as the API writes it. Years 0-9999 are written by hand, as the pattern would
     * write them: each article view has two timestamps, and the pattern's general formatter was
     * a visible share of a list request's CPU time.
     */
    public static String timestamp(LocalDateTime utc) {
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            return utc.format(ISO_UTC);
        }
        char[] out = new char[24];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, utc.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, utc.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, utc.getHour(), 2);
        out[13] = ':';
        digits(out, 14, utc.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, utc.getSecond(), 2);
        out[19] = '.';
        digits(out, 20, utc.getNano() / 1_000_000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The authenticated user, with a token. */
    public record UserView(String email, String token, String username, String bio, String image) {
    }

    /** {@code {"user": ...}}. */
    public record UserEnvelope(UserView user) {
    }

    /** A user as others see them. */
    public record ProfileView(String username, String bio, String image, boolean following) {
    }

    /** {@code {"profile": ...}}. */
    public record ProfileEnvelope(ProfileView profile) {
    }

    /** An article; {@code body} is left out of lists, as the spec's list response does. */
    public record ArticleView(String slug, String title, String description,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String body,
                              List<String> tagList, String createdAt, String updatedAt,
                              boolean favorited, long favoritesCount, ProfileView author) {
    }

    /** {@code {"article": ...}}. */
    public record ArticleEnvelope(ArticleView article) {
    }

    /** {@code {"articles": [...], "articlesCount": n}}: a page and the total that matched. */
    public record ArticlesPage(List<ArticleView> articles, long articlesCount) {
    }

    /** A comment. */
    public record CommentView(long id, String createdAt, String updatedAt, String body, ProfileView author) {
    }

    /** {@code {"comment": ...}}. */
    public record CommentEnvelope(CommentView comment) {
    }

    /** {@code {"comments": [...]}}. */
    public record CommentsList(List<CommentView> comments) {
    }

    /** {@code {"tags": [...]}}. */
    public record TagsList(List<String> tags) {
    }
}
