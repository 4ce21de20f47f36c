package dev.ormkit.demo.model;

import java.time.LocalDateTime;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;

/** A comment on an article: the guide's {@code Comment}. */
@Table("comments")
public class Comment extends Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 4000, nullable = false) String body;
    @Column(nullable = false) @ForeignKey("articles.id") Long articleId;
    @Column(nullable = false) @ForeignKey("users.id") Long authorId;
    @Column(nullable = false) LocalDateTime createdAt;
    @Column(nullable = false) LocalDateTime updatedAt;
    @Relationship User author;

    protected Comment() {
    }

    /** A new comment by {@code author} on the article with key {@code articleId}. */
    public Comment(long articleId, User author, String body, LocalDateTime now) {
        this.articleId = articleId;
        this.author = author;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The primary key. */
    public Long getId() {
        return id;
    }

    /** The text. */
    public String getBody() {
        return body;
    }

    /** The article's key. */
    public Long getArticleId() {
        return articleId;
    }

    /** The author's key. */
    public Long getAuthorId() {
        return authorId;
    }

    /** The author. */
    public User getAuthor() {
        return author;
    }

    /** When it was written (UTC). */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** When it last changed (UTC). */
    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
