package dev.ormkit.demo.service;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.orm.Load.selectinLoad;
import static dev.ormkit.sql.Sql.func;
import static dev.ormkit.sql.Sql.select;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.demo.api.ApiException;
import dev.ormkit.demo.api.Requests.NewArticle;
import dev.ormkit.demo.api.Requests.UpdateArticle;
import dev.ormkit.demo.api.Views.ArticleView;
import dev.ormkit.demo.api.Views.ArticlesPage;
import dev.ormkit.demo.model.Article;
import dev.ormkit.demo.model.Article_;
import dev.ormkit.demo.model.Comment;
import dev.ormkit.demo.model.Comment_;
import dev.ormkit.demo.model.Favorite;
import dev.ormkit.demo.model.Favorite_;
import dev.ormkit.demo.model.Follow_;
import dev.ormkit.demo.model.Tag;
import dev.ormkit.demo.model.Tag_;
import dev.ormkit.demo.model.User;
import dev.ormkit.demo.model.User_;
import dev.ormkit.engine.Row;
import dev.ormkit.orm.Query;
import dev.ormkit.orm.Session;
import dev.ormkit.sql.Expression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles: lists and feed in a fixed number of statements (the page with its authors joined,
 * the tags in one SELECT ... IN, the total, the favourites grouped, the reader's follows),
 * single articles, writes by their author only, favourites.
 */
@Service
public class ArticleService {
    private final Session session;
    private final ViewAssembler views;

    /** Articles through the current session. */
    public ArticleService(Session session, ViewAssembler views) {
        this.session = session;
        this.views = views;
    }

    /**
     * The filters of {@code GET /api/articles}; null means no filter.
     *
     * @param tag articles with this tag
     * @param author articles by this user name
     * @param favorited articles this user name favours
     */
    public record Filter(String tag, String author, String favorited) {
    }

    /** The most recent articles matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public ArticlesPage list(Filter filter, int limit, int offset, Long reader) {
        List<Expression<Boolean>> where = new ArrayList<>();
        if (filter.tag() != null) {
            where.add(Article_.tags.any(Tag_.name.eq(filter.tag())));
        }
        if (filter.author() != null) {
            where.add(Article_.authorId.in(select(User_.id).where(User_.username.eq(filter.author()))));
        }
        if (filter.favorited() != null) {
            where.add(Article_.id.in(select(Favorite_.articleId).where(Favorite_.userId.in(
                    select(User_.id).where(User_.username.eq(filter.favorited()))))));
        }
        return page(where, limit, offset, reader);
    }

    /** The most recent articles by the authors {@code reader} follows. */
    @Transactional(readOnly = true)
    public ArticlesPage feed(int limit, int offset, long reader) {
        List<Expression<Boolean>> where = List.of(
                Article_.authorId.in(select(Follow_.followeeId).where(Follow_.followerId.eq(reader))));
        return page(where, limit, offset, reader);
    }

    @SuppressWarnings("unchecked")
    private ArticlesPage page(List<Expression<Boolean>> where, int limit, int offset, Long reader) {
        Expression<Boolean>[] criteria = where.toArray(new Expression[0]);
        List<Article> articles = session.query(Article.class)
                .filter(criteria)
                .options(joinedLoad(Article_.author), selectinLoad(Article_.tags))
                .orderBy(Article_.createdAt.desc(), Article_.id.desc())
                .limit(limit).offset(offset)
                .all();
        long total = articles.size() < limit && (offset == 0 || !articles.isEmpty())
                ? offset + articles.size()  // a short page tells the total without counting
                : session.query(Article.class).filter(criteria).count();
        return new ArticlesPage(views.articles(articles, reader, false), total);
    }

    /** One article with its body. */
    @Transactional(readOnly = true)
    public ArticleView get(String slug, Long reader) {
        // one statement: the article, its author and tags joined, its favourites counted and the
        // reader's favourite and follow as correlated subqueries
        var favourites = select(func.count()).where(Favorite_.articleId.eq(Article_.id)).scalarSubquery();
        var mine = select(func.count()).where(Favorite_.articleId.eq(Article_.id),
                Favorite_.userId.eq(reader == null ? -1L : reader)).scalarSubquery();
        var following = select(func.count()).where(Follow_.followeeId.eq(Article_.authorId),
                Follow_.followerId.eq(reader == null ? -1L : reader)).scalarSubquery();
        List<Row> rows = session.query(Article.class, favourites.label("favorites_count"), mine.label("favorited"),
                        following.label("following"))
                .filter(Article_.slug.eq(slug))
                .options(joinedLoad(Article_.author), joinedLoad(Article_.tags))
                .all();
        if (rows.isEmpty()) {
            throw ApiException.notFound("article '" + slug + "'");
        }
        Row row = rows.get(0);
        Article article = (Article) row.get(0);
        ReaderFlags.Favourites f = new ReaderFlags.Favourites(number(row.get(1)), number(row.get(2)) > 0);
        return ViewAssembler.article(article, f, number(row.get(3)) > 0, true);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value).trim());
    }

    /** Publishes an article by {@code reader}, its tags created as needed. */
    @Transactional
    public ArticleView create(NewArticle request, long reader) {
        User author = session.get(User.class, reader);
        if (author == null) {
            throw ApiException.unauthorized("the token's user no longer exists");
        }
        LocalDateTime now = now();
        Article article = new Article(author, freeSlug(Slugs.of(request.title())), request.title(),
                request.description(), request.body(), now);
        article.getTags().addAll(tags(request.tagList()));
        session.add(article);
        session.flush();
        return ViewAssembler.article(article, ReaderFlags.Favourites.NONE, false, true);
    }

    /** Changes an article; only its author may. A new title gives a new slug. */
    @Transactional
    public ArticleView update(String slug, UpdateArticle request, long reader) {
        Article article = owned(slug, reader);
        if (request.title() != null && !request.title().equals(article.getTitle())) {
            article.setTitle(request.title());
            article.setSlug(freeSlug(Slugs.of(request.title())));
        }
        if (request.description() != null) {
            article.setDescription(request.description());
        }
        if (request.body() != null) {
            article.setBody(request.body());
        }
        article.touch(now());
        session.flush();
        return views.articles(List.of(article), reader, true).get(0);
    }

    /** Deletes an article with its comments and favourites; only its author may. */
    @Transactional
    public void delete(String slug, long reader) {
        Article article = owned(slug, reader);
        session.query(Comment.class).filter(Comment_.articleId.eq(article.getId())).delete();
        session.query(Favorite.class).filter(Favorite_.articleId.eq(article.getId())).delete();
        session.delete(article);
    }

    /** {@code reader} favours the article (again: no change). */
    @Transactional
    public ArticleView favorite(String slug, long reader) {
        Article article = bySlug(slug);
        boolean already = session.query(Favorite.class)
                .filter(Favorite_.userId.eq(reader), Favorite_.articleId.eq(article.getId())).exists();
        if (!already) {
            session.add(new Favorite(reader, article.getId()));
            session.flush();
        }
        return views.articles(List.of(article), reader, true).get(0);
    }

    /** {@code reader} no longer favours the article. */
    @Transactional
    public ArticleView unfavorite(String slug, long reader) {
        Article article = bySlug(slug);
        session.query(Favorite.class)
                .filter(Favorite_.userId.eq(reader), Favorite_.articleId.eq(article.getId())).delete();
        return views.articles(List.of(article), reader, true).get(0);
    }

    /** The article with its author and tags, in one statement; 404 when absent. */
    Article bySlug(String slug) {
        Article article = session.query(Article.class)
                .filter(Article_.slug.eq(slug))
                .options(joinedLoad(Article_.author), joinedLoad(Article_.tags))
                .first();
        if (article == null) {
            throw ApiException.notFound("article '" + slug + "'");
        }
        return article;
    }

    private Article owned(String slug, long reader) {
        Article article = bySlug(slug);
        if (article.getAuthorId() != reader) {
            throw ApiException.forbidden("article");
        }
        return article;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever is free (the unique key guards races). */
    private String freeSlug(String base) {
        // an explicit ESCAPE: a backslash escapes nothing in a plain LIKE on SQLite
        String literal = base.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
        Set<String> taken = new HashSet<>(session.scalars(select(Article_.slug)
                .where(Article_.slug.like(literal + "%", '\\')), String.class).all());
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The tags named, existing ones found in one statement and missing ones added. */
    private Set<Tag> tags(List<String> names) {
        Set<Tag> out = new LinkedHashSet<>();
        if (names == null || names.isEmpty()) {
            return out;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : names) {
            wanted.add(n.trim());
        }
        Map<String, Tag> existing = new HashMap<>();
        for (Tag t : session.query(Tag.class).filter(Tag_.name.in(wanted)).all()) {
            existing.put(t.getName(), t);
        }
        for (String n : wanted) {
            out.add(existing.computeIfAbsent(n, Tag::new));
        }
        return out;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The query the demo's lazy page runs: the same page, no loader options. */
    Query<Article> recentWithoutOptions(int limit) {
        return session.query(Article.class).orderBy(Article_.createdAt.desc(), Article_.id.desc()).limit(limit);
    }
}
