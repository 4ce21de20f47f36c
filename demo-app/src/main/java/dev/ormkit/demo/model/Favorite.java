package dev.ormkit.demo.model;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;

/** A user's favourite article; the pair is the primary key. */
@Table("favorites")
public class Favorite extends Base {
    @Column(primaryKey = true) @ForeignKey("users.id") Long userId;
    @Column(primaryKey = true) @ForeignKey("articles.id") Long articleId;

    protected Favorite() {
    }

    /** {@code userId} favours {@code articleId}. */
    public Favorite(long userId, long articleId) {
        this.userId = userId;
        this.articleId = articleId;
    }

    /** Who favours. */
    public Long getUserId() {
        return userId;
    }

    /** The article favoured. */
    public Long getArticleId() {
        return articleId;
    }
}
