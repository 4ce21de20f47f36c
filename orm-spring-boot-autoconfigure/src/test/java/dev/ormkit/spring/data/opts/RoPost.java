package dev.ormkit.spring.data.opts;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** A post of a user, with comments. */
@Table("ro_posts")
public class RoPost {
    @Column(primaryKey = true) Long id;
    @Column(length = 80, nullable = false) String title;
    @Column @ForeignKey("ro_users.id") Long authorId;
    @Relationship(backPopulates = "posts") RoUser author;
    @Relationship(backPopulates = "post") List<RoComment> comments = new ArrayList<>();

    protected RoPost() {
    }

    public RoPost(String title) {
        this.title = title;
    }

    public RoPost add(RoComment comment) {
        comments.add(comment);
        comment.post = this;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public List<RoComment> getComments() {
        return comments;
    }

    @Override
    public String toString() {
        return title;
    }
}
