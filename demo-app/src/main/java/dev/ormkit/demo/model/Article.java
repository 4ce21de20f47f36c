package dev.ormkit.demo.model;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;

/** An article: the guide's {@code Post}, with Conduit's slug and description. */
@Table("articles")
public class Article extends Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 255, unique = true, nullable = false) String slug;
    @Column(length = 255, nullable = false) String title;
    @Column(length = 1000, nullable = false) String description;
    @Column(nullable = false) String body;
    @Column(nullable = false) @ForeignKey("users.id") Long authorId;
    @Column(nullable = false) LocalDateTime createdAt;
    @Column(nullable = false) LocalDateTime updatedAt;
    @Relationship User author;
    @Relationship(secondary = "article_tags") Set<Tag> tags = new LinkedHashSet<>();

    protected Article() {
    }

    /** A new article by {@code author}, created and updated at {@code now} (UTC). */
    public Article(User author, String slug, String title, String description, String body, LocalDateTime now) {
        this.author = author;
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The primary key. */
    public Long getId() {
        return id;
    }

    /** The unique URL name. */
    public String getSlug() {
        return slug;
    }

    /** Changes the URL name. */
    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** Changes the title. */
    public void setTitle(String title) {
        this.title = title;
    }

    /** The one-line summary. */
    public String getDescription() {
        return description;
    }

    /** Changes the summary. */
    public void setDescription(String description) {
        this.description = description;
    }

    /** The text (Markdown). */
    public String getBody() {
        return body;
    }

    /** Changes the text. */
    public void setBody(String body) {
        this.body = body;
    }

    /** The author's key (no load needed). */
    public Long getAuthorId() {
        return authorId;
    }

    /** The author (loaded lazily unless the query asked for it). */
    public User getAuthor() {
        return author;
    }

    /** When it was written (UTC). */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** When it last changed (UTC). */
    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** Marks it changed at {@code now}. */
    public void touch(LocalDateTime now) {
        this.updatedAt = now;
    }

    /** Its tags. */
    public Set<Tag> getTags() {
        return tags;
    }

    @Override
    public String toString() {
        return "<Article(slug='" + slug + "')>";
    }
}
