package dev.ormkit.bench.model;

import java.time.LocalDateTime;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;
import org.jspecify.annotations.Nullable;

/**
 * {@link Post} again, as a subclass of ormkit's optional {@link Base}, which keeps the session's
 * state of each object in a field: the same table and columns, so the two can be compared on
 * the same rows.
 */
@Table("posts")
public class BasePost extends Base {
    @Column(primaryKey = true) @Nullable Long id;
    @Column(length = 200, nullable = false) String title;
    @Column(length = 2000, nullable = false) String content;
    @Column @ForeignKey("users.id") @Nullable Long userId;
    @Column(nullable = false) LocalDateTime createdAt;
    @Relationship(backPopulates = "posts") @Nullable BaseUser author;

    protected BasePost() {
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
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

    public @Nullable BaseUser getAuthor() {
        return author;
    }

    @Override
    public String toString() {
        return "<BasePost(title='" + title + "')>";
    }
}
