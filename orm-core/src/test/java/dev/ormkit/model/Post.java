package dev.ormkit.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Now;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** The guide's post. */
@Table("posts")
public class Post {
    @Column(primaryKey = true) Long id;
    @Column(length = 200, nullable = false) String title;
    @Column(nullable = false) String content;
    @Column @ForeignKey("users.id") Long userId;
    @Column(insertDefault = Now.class) LocalDateTime createdAt;
    @Relationship(backPopulates = "posts") User author;
    @Relationship(backPopulates = "post") List<Comment> comments = new ArrayList<>();
    @Relationship(secondary = "post_tags", backPopulates = "posts") Set<Tag> tags = new LinkedHashSet<>();

    protected Post() {
    }

    public Post(String title, String content) {
        this.title = title;
        this.content = content;
    }

    /** Adds a comment and sets its post. */
    public Post addComment(Comment comment) {
        comments.add(comment);
        comment.setPost(this);
        return this;
    }

    /** Tags this post, on both sides. */
    public Post addTag(Tag tag) {
        tags.add(tag);
        tag.getPosts().add(this);
        return this;
    }

    public Long getId() {
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

    public void setContent(String content) {
        this.content = content;
    }

    public Long getUserId() {
        return userId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public User getAuthor() {
        return author;
    }

    public void setAuthor(User author) {
        this.author = author;
    }

    public List<Comment> getComments() {
        return comments;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    @Override
    public String toString() {
        return "<Post(title='" + title + "')>";
    }
}
