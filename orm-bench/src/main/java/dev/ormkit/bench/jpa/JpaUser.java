package dev.ormkit.bench.jpa;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The user for Hibernate: the same table as {@code dev.ormkit.bench.model.User}. */
@Entity
@Table(name = "users")
public class JpaUser {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(nullable = false, length = 50, unique = true)
    private String username;

    @Column(nullable = false, length = 100, unique = true)
    private String email;

    @Column(name = "is_active", nullable = false)
    private boolean isActive;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    // lazy, Hibernate's default for a collection; the workloads choose how it loads per query or session
    @OneToMany(mappedBy = "author")
    private List<JpaPost> posts = new ArrayList<>();

    protected JpaUser() {
        this.username = "";
        this.email = "";
        this.createdAt = LocalDateTime.MIN;
    }

    public JpaUser(String username, String email, boolean isActive, LocalDateTime createdAt) {
        this.username = username;
        this.email = email;
        this.isActive = isActive;
        this.createdAt = createdAt;
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

    public boolean isActive() {
        return isActive;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<JpaPost> getPosts() {
        return posts;
    }
}
