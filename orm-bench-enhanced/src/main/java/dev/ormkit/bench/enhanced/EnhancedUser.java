package dev.ormkit.bench.enhanced;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import org.jspecify.annotations.Nullable;

/** The benchmarks' user as a plain class that the build enhances, as {@link EnhancedPost}. */
@Table("users")
public class EnhancedUser {
    @Column(primaryKey = true) @Nullable Long id;
    @Column(length = 50, unique = true, nullable = false) String username;
    @Column(length = 100, unique = true, nullable = false) String email;
    @Column(nullable = false) Boolean isActive;
    @Column(nullable = false) LocalDateTime createdAt;
    @Relationship(backPopulates = "author") List<EnhancedPost> posts = new ArrayList<>();

    protected EnhancedUser() {
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

    public List<EnhancedPost> getPosts() {
        return posts;
    }

    @Override
    public String toString() {
        return "<EnhancedUser(username='" + username + "')>";
    }
}
