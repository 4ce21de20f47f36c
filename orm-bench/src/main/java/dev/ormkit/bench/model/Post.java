package dev.ormkit.bench.model;

import java.time.LocalDateTime;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import org.jspecify.annotations.Nullable;

/**
 * A post, mapped for ormkit the way the guide declares one. The JDBC and jOOQ implementations
 * fill the same plain class by hand.
 */
@Table("posts")
public class Post {
    @Column(primaryKey = true) @Nullable Long id;
    @Column(length = 200, nullable = false) String title;
    @Column(length = 2000, nullable = false) String content;
    @Column @ForeignKey("users.id") @Nullable Long userId;
    @Column(nullable = false) LocalDateTime createdAt;
    @Relationship(backPopulates = "posts") @Nullable User author;

    protected Post() {
    }

    public Post(String title, String content, LocalDateTime createdAt) {
        this.title = title;
        this.content = content;
        this.createdAt = createdAt;
    }

    /** A post read from a row, by the hand-written implementations. */
    public Post(long id, String title, String content, @Nullable Long userId, LocalDateTime createdAt) {
        this(title, content, createdAt);
        this.id = id;
        this.userId = userId;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public @Nullable User getAuthor() {
        return author;
    }

    /** Sets the author and, as the foreign key follows the relationship, the user id. */
    public void setAuthor(@Nullable User author) {
        this.author = author;
        this.userId = author == null ? null : author.getId();
    }

    @Override
    public String toString() {
        return "<Post(title='" + title + "')>";
    }
}
