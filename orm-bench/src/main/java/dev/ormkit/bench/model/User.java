package dev.ormkit.bench.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import org.jspecify.annotations.Nullable;

/**
 * A user, mapped for ormkit the way the guide declares one. The JDBC and jOOQ implementations
 * fill the same plain class by hand.
 */
@Table("users")
public class User {
    @Column(primaryKey = true) @Nullable Long id;
    @Column(length = 50, unique = true, nullable = false) String username;
    @Column(length = 100, unique = true, nullable = false) String email;
    @Column(nullable = false) Boolean isActive;
    @Column(nullable = false) LocalDateTime createdAt;
    @Relationship(backPopulates = "author") List<Post> posts = new ArrayList<>();

    protected User() {
    }

    public User(String username, String email, boolean isActive, LocalDateTime createdAt) {
        this.username = username;
        this.email = email;
        this.isActive = isActive;
        this.createdAt = createdAt;
    }

    /** A user read from a row, by the hand-written implementations. */
    public User(long id, String username, String email, boolean isActive, LocalDateTime createdAt) {
        this(username, email, isActive, createdAt);
        this.id = id;
    }

    /** Adds a post and sets its author: both sides in one call. */
    public User addPost(Post post) {
        posts.add(post);
        post.setAuthor(this);
        return this;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public List<Post> getPosts() {
        return posts;
    }

    @Override
    public String toString() {
        return "<User(username='" + username + "')>";
    }
}
