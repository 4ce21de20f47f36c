package dev.ormkit.demo.api;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies the Conduit API accepts, each wrapped in its root key as the spec has it. */
public final class Requests {
    private Requests() {
    }

    /** {@code {"user": {...}}} of a registration. */
    public record NewUserBody(@Valid @NotNull(message = "user can't be blank") NewUser user) {
    }

    /** A registration. */
    public record NewUser(
            @NotBlank(message = "username can't be blank") @Size(max = 50, message = "username is too long")
            @Pattern(regexp = "[^/\\s]*", message = "username must not contain spaces or slashes") String username,
            @NotBlank(message = "email can't be blank") @Email(message = "email is invalid")
            @Size(max = 100, message = "email is too long") String email,
            @NotBlank(message = "password can't be blank") @Size(max = 72, message = "password is too long")
            String password) {
    }

    /** {@code {"user": {...}}} of a login. */
    public record LoginBody(@Valid @NotNull(message = "user can't be blank") Login user) {
    }

    /** Login credentials. */
    public record Login(@NotBlank(message = "email can't be blank") String email,
                        @NotBlank(message = "password can't be blank") String password) {
    }

    /** {@code {"user": {...}}} of a profile update. */
    public record UpdateUserBody(@Valid @NotNull(message = "user can't be blank") UpdateUser user) {
    }

    /** A profile update: absent fields stay as they are. */
    public record UpdateUser(
            @Email(message = "email is invalid") @Size(min = 1, max = 100, message = "email must be 1 to 100 characters")
            String email,
            @Size(min = 1, max = 72, message = "password must be 1 to 72 characters") String password,
            @Size(min = 1, max = 50, message = "username must be 1 to 50 characters")
            @Pattern(regexp = "[^/\\s]*", message = "username must not contain spaces or slashes") String username,
            @Size(max = 1000, message = "bio is too long") String bio,
            @Size(max = 500, message = "image is too long") String image) {
    }

    /** {@code {"article": {...}}} of a new article. */
    public record NewArticleBody(@Valid @NotNull(message = "article can't be blank") NewArticle article) {
    }

    /** A new article. */
    public record NewArticle(
            @NotBlank(message = "title can't be blank") @Size(max = 255, message = "title is too long") String title,
            @NotBlank(message = "description can't be blank") @Size(max = 1000, message = "description is too long")
            String description,
            @NotBlank(message = "body can't be blank") String body,
            List<@NotBlank(message = "tag can't be blank") @Size(max = 50, message = "tag is too long") String> tagList) {
    }

    /** {@code {"article": {...}}} of an article update. */
    public record UpdateArticleBody(@Valid @NotNull(message = "article can't be blank") UpdateArticle article) {
    }

    /** An article update: absent fields stay as they are. */
    public record UpdateArticle(
            @Size(min = 1, max = 255, message = "title must be 1 to 255 characters") String title,
            @Size(min = 1, max = 1000, message = "description must be 1 to 1000 characters") String description,
            @Size(min = 1, message = "body can't be blank") String body) {
    }

    /** {@code {"comment": {...}}} of a new comment. */
    public record NewCommentBody(@Valid @NotNull(message = "comment can't be blank") NewComment comment) {
    }

    /** A new comment. */
    public record NewComment(@NotBlank(message = "body can't be blank") @Size(max = 4000, message = "body is too long")
                             String body) {
    }
}
