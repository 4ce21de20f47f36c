package dev.ormkit.demo.model;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;

/** One user following another; the pair is the primary key, so following twice is a duplicate key. */
@Table("follows")
public class Follow extends Base {
    @Column(primaryKey = true) @ForeignKey("users.id") Long followerId;
    @Column(primaryKey = true) @ForeignKey("users.id") Long followeeId;

    protected Follow() {
    }

    /** {@code followerId} follows {@code followeeId}. */
    public Follow(long followerId, long followeeId) {
        this.followerId = followerId;
        this.followeeId = followeeId;
    }

    /** Who follows. */
    public Long getFollowerId() {
        return followerId;
    }

    /** Who is followed. */
    public Long getFolloweeId() {
        return followeeId;
    }
}
