package dev.ormkit.demo.service;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.sql.Sql.select;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import dev.ormkit.demo.api.ApiException;
import dev.ormkit.demo.api.Views.CommentView;
import dev.ormkit.demo.model.Article_;
import dev.ormkit.demo.model.Comment;
import dev.ormkit.demo.model.Comment_;
import dev.ormkit.demo.model.User;
import dev.ormkit.orm.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on articles: the list with authors in one statement, writes and deletes by their author. */
@Service
public class CommentService {
    private final Session session;
    private final ViewAssembler views;

    /** Comments through the current session. */
    public CommentService(Session session, ViewAssembler views) {
        this.session = session;
        this.views = views;
    }

    /** The article's comments, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentView> list(String slug, Long reader) {
        long article = articleId(slug);
        List<Comment> comments = session.query(Comment.class)
                .filter(Comment_.articleId.eq(article))
                .options(joinedLoad(Comment_.author))
                .orderBy(Comment_.createdAt.asc(), Comment_.id.asc())
                .all();
        return views.comments(comments, reader);
    }

    /** {@code reader} comments on the article. */
    @Transactional
    public CommentView add(String slug, String body, long reader) {
        long article = articleId(slug);
        User author = session.get(User.class, reader);
        if (author == null) {
            throw ApiException.unauthorized("the token's user no longer exists");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Comment comment = new Comment(article, author, body, now);
        session.add(comment);
        session.flush();
        return ViewAssembler.comment(comment, false);
    }

    /** Deletes a comment of the article; only its author may. */
    @Transactional
    public void delete(String slug, long id, long reader) {
        long article = articleId(slug);
        Comment comment = session.query(Comment.class)
                .filter(Comment_.id.eq(id), Comment_.articleId.eq(article)).first();
        if (comment == null) {
            throw ApiException.notFound("comment " + id);
        }
        if (comment.getAuthorId() != reader) {
            throw ApiException.forbidden("comment");
        }
        session.delete(comment);
    }

    private long articleId(String slug) {
        Object id = session.scalar(select(Article_.id).where(Article_.slug.eq(slug)));
        if (id == null) {
            throw ApiException.notFound("article '" + slug + "'");
        }
        return ((Number) id).longValue();
    }
}
