package dev.ormkit.bench.jpa;

import java.time.LocalDateTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The post for Hibernate: the same table as {@code dev.ormkit.bench.model.Post}. The key comes
 * from a pooled sequence (50 ids per round trip), which keeps JDBC batching of inserts on.
 */
@Entity
@Table(name = "posts")
public class JpaPost {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posts_seq")
    @SequenceGenerator(name = "posts_seq", sequenceName = "posts_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String content;

    // LAZY: the JPA default of EAGER for to-one associations is what Hibernate's docs warn against
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private @Nullable JpaUser author;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected JpaPost() {
        this.title = "";
        this.content = "";
        this.createdAt = LocalDateTime.MIN;
    }

    public JpaPost(String title, String content, LocalDateTime createdAt) {
        this.title = title;
        this.content = content;
        this.createdAt = createdAt;
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

    public @Nullable JpaUser getAuthor() {
        return author;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
