package dev.ormkit.demo.model;

import java.time.LocalDateTime;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Now;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;

/** A registered user: the guide's {@code User}, with Conduit's bio and image. */
@Table("users")
public class User extends Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true, nullable = false) String username;
    @Column(length = 100, unique = true, nullable = false) String email;
    @Column(length = 255, nullable = false) String passwordHash;
    @Column(length = 1000) String bio;
    @Column(length = 500) String image;
    @Column(insertDefault = Now.class) LocalDateTime createdAt;

    protected User() {
    }

    /** A new user; the password must already be hashed. */
    public User(String username, String email, String passwordHash) {
        this.username = username;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    /** The primary key, null before the first flush. */
    public Long getId() {
        return id;
    }

    /** The unique user name. */
    public String getUsername() {
        return username;
    }

    /** Changes the user name (unique: a clash fails at flush). */
    public void setUsername(String username) {
        this.username = username;
    }

    /** The unique e-mail address. */
    public String getEmail() {
        return email;
    }

    /** Changes the e-mail address (unique: a clash fails at flush). */
    public void setEmail(String email) {
        this.email = email;
    }

    /** The encoded password (never sent to clients). */
    public String getPasswordHash() {
        return passwordHash;
    }

    /** Replaces the encoded password. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The profile text, or null. */
    public String getBio() {
        return bio;
    }

    /** Changes the profile text. */
    public void setBio(String bio) {
        this.bio = bio;
    }

    /** The avatar URL, or null. */
    public String getImage() {
        return image;
    }

    /** Changes the avatar URL. */
    public void setImage(String image) {
        this.image = image;
    }

    /** When the user registered (UTC). */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "<User(username='" + username + "')>";
    }
}
