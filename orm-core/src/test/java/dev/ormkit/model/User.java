package dev.ormkit.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Now;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** The guide's user. */
@Table("users")
public class User {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true, nullable = false) String username;
    @Column(length = 100, unique = true, nullable = false) String email;
    @Column(length = 255, nullable = false) String passwordHash;
    @Column(defaultValue = "true") Boolean isActive;
    @Column(insertDefault = Now.class) LocalDateTime createdAt;
    @Relationship(backPopulates = "author") List<Post> posts = new ArrayList<>();
    @Relationship(backPopulates = "author") List<Comment> comments = new ArrayList<>();

    protected User() {
    }

    public User(String username, String email, String passwordHash) {
        this.username = username;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    /** Adds a post and sets its author: both sides in one call. */
    public User addPost(Post post) {
        posts.add(post);
        post.setAuthor(this);
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public List<Comment> getComments() {
        return comments;
    }

    @Override
    public String toString() {
        return "<User(username='" + username + "')>";
    }
}
