package dev.ormkit.spring.data.opts;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;

/** A user with posts, and the four auditing fields. */
@Table("ro_users")
public class RoUser {
    @Column(primaryKey = true) Long id;
    @Column(length = 40, unique = true, nullable = false) String username;
    @Column Integer age;
    @Column boolean active;
    @Column @CreatedDate LocalDateTime createdAt;
    @Column @LastModifiedDate LocalDateTime modifiedAt;
    @Column(length = 40) @CreatedBy String createdBy;
    @Column(length = 40) @LastModifiedBy String modifiedBy;
    @Relationship(backPopulates = "author") List<RoPost> posts = new ArrayList<>();

    protected RoUser() {
    }

    public RoUser(String username, Integer age, boolean active) {
        this.username = username;
        this.age = age;
        this.active = active;
    }

    public RoUser add(RoPost post) {
        posts.add(post);
        post.author = this;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public List<RoPost> getPosts() {
        return posts;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getModifiedAt() {
        return modifiedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    @Override
    public String toString() {
        return username;
    }
}
