package dev.ormkit.spring.data.opts;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** A comment on a post. */
@Table("ro_comments")
public class RoComment {
    @Column(primaryKey = true) Long id;
    @Column(length = 80, nullable = false) String text;
    @Column @ForeignKey("ro_posts.id") Long postId;
    @Relationship(backPopulates = "comments") RoPost post;

    protected RoComment() {
    }

    public RoComment(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
