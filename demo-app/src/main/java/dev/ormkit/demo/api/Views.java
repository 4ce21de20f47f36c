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

    /** A UTC timestamp as the API writes it. */
    public static String timestamp(LocalDateTime utc) {
        return utc.format(ISO_UTC);
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
