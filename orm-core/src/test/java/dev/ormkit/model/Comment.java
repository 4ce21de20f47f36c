package dev.ormkit.model;

import java.time.LocalDateTime;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Now;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** The guide's comment: on a post, by a user. */
@Table("comments")
public class Comment {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false) String content;
    @Column @ForeignKey("posts.id") Long postId;
    @Column @ForeignKey("users.id") Long userId;
    @Column(insertDefault = Now.class) LocalDateTime createdAt;
    @Relationship(backPopulates = "comments") Post post;
    @Relationship(backPopulates = "comments") User author;

    protected Comment() {
    }

    public Comment(String content) {
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Long getPostId() {
        return postId;
    }

    public Long getUserId() {
        return userId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Post getPost() {
        return post;
    }

    public void setPost(Post post) {
        this.post = post;
    }

    public User getAuthor() {
        return author;
    }

    public void setAuthor(User author) {
        this.author = author;
    }

    @Override
    public String toString() {
        return "<Comment(content='" + content + "')>";
    }
}
