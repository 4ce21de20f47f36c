package dev.ormkit.bench.enhanced;

import java.time.LocalDateTime;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import org.jspecify.annotations.Nullable;

/**
 * The benchmarks' post once more, written as a plain class: the build's enhancement
 * ({@code StateFieldPlugin}) gives it the field for its session state. The same table and
 * columns as the plain and the {@code Base} posts, so all three run on the same rows.
 */
@Table("posts")
public class EnhancedPost {
    @Column(primaryKey = true) @Nullable Long id;
    @Column(length = 200, nullable = false) String title;
    @Column(length = 2000, nullable = false) String content;
    @Column @ForeignKey("users.id") @Nullable Long userId;
    @Column(nullable = false) LocalDateTime createdAt;
    @Relationship(backPopulates = "posts") @Nullable EnhancedUser author;

    protected EnhancedPost() {
    }

    public @Nullable Long getId() {
        return id;
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

    public @Nullable EnhancedUser getAuthor() {
        return author;
    }

    @Override
    public String toString() {
        return "<EnhancedPost(title='" + title + "')>";
    }
}
