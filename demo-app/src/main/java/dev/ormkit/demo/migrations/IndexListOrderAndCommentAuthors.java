package dev.ormkit.demo.migrations;

import java.util.List;
import dev.ormkit.migrate.Migration;
import dev.ormkit.migrate.Operations;
import dev.ormkit.migrate.Revision;

/**
 * Indexes for what the API reads: the article lists' order ({@code created_at DESC, id DESC})
 * straight from one index, with no sort step for the tie on {@code id}, and comments by author
 * (the one foreign key without an index: the others lead a primary key or have their own).
 */
@Revision(id = "8f3a2d6c4b10", down = "5c1e0b7a9d21", message = "index list order and comment authors")
public class IndexListOrderAndCommentAuthors implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_articles_created_at_id", "articles", List.of("created_at", "id"));
        op.dropIndex("ix_articles_created_at", "articles");
        op.createIndex("ix_comments_author_id", "comments", List.of("author_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_comments_author_id", "comments");
        op.createIndex("ix_articles_created_at", "articles", List.of("created_at"));
        op.dropIndex("ix_articles_created_at_id", "articles");
    }
}
