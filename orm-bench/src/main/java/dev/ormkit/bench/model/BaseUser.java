package dev.ormkit.bench.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;
import org.jspecify.annotations.Nullable;

/**
 * {@link User} again, as a subclass of ormkit's optional {@link Base}: the same table and
 * columns, so the two can be compared on the same rows.
 */
@Table("users")
public class BaseUser extends Base {
    @Column(primaryKey = true) @Nullable Long id;
    @Column(length = 50, unique = true, nullable = false) String username;
    @Column(length = 100, unique = true, nullable = false) String email;
    @Column(nullable = false) Boolean isActive;
    @Column(nullable = false) LocalDateTime createdAt;
    @Relationship(backPopulates = "author") List<BasePost> posts = new ArrayList<>();

    protected BaseUser() {
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<BasePost> getPosts() {
        return posts;
    }

    @Override
    public String toString() {
        return "<BaseUser(username='" + username + "')>";
    }
}
