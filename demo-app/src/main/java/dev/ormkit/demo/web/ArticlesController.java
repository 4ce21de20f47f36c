package dev.ormkit.demo.web;

import dev.ormkit.demo.api.ApiException;
import dev.ormkit.demo.api.Requests.NewArticleBody;
import dev.ormkit.demo.api.Requests.NewCommentBody;
import dev.ormkit.demo.api.Requests.UpdateArticleBody;
import dev.ormkit.demo.api.Views.ArticleEnvelope;
import dev.ormkit.demo.api.Views.ArticlesPage;
import dev.ormkit.demo.api.Views.CommentEnvelope;
import dev.ormkit.demo.api.Views.CommentsList;
import dev.ormkit.demo.api.Views.TagsList;
import dev.ormkit.demo.security.CurrentUser;
import dev.ormkit.demo.service.ArticleService;
import dev.ormkit.demo.service.CommentService;
import dev.ormkit.demo.service.TagService;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Conduit's "Articles", "Favorites", "Comments" and "Tags". */
@RestController
@RequestMapping("/api")
public class ArticlesController {
    /** The largest page a client may ask for. */
    static final int MAX_LIMIT = 100;

    private final ArticleService articles;
    private final CommentService comments;
    private final TagService tags;
    private final CurrentUser current;

    /** The endpoints over the three services. */
    public ArticlesController(ArticleService articles, CommentService comments, TagService tags, CurrentUser current) {
        this.articles = articles;
        this.comments = comments;
        this.tags = tags;
        this.current = current;
    }

    /** {@code GET /api/articles}: filtered by tag, author or favorited, newest first. */
    @GetMapping("/articles")
    public ArticlesPage list(@RequestParam(required = false) String tag,
                             @RequestParam(required = false) String author,
                             @RequestParam(required = false) String favorited,
                             @RequestParam(defaultValue = "20") int limit,
                             @RequestParam(defaultValue = "0") int offset) {
        checkPage(limit, offset);
        return articles.list(new ArticleService.Filter(tag, author, favorited), limit, offset,
                current.id().orElse(null));
    }

    /** {@code GET /api/articles/feed}: articles by the authors the reader follows. */
    @GetMapping("/articles/feed")
    public ArticlesPage feed(@RequestParam(defaultValue = "20") int limit,
                             @RequestParam(defaultValue = "0") int offset) {
        checkPage(limit, offset);
        return articles.feed(limit, offset, current.require());
    }

    /** {@code GET /api/articles/{slug}}. */
    @GetMapping("/articles/{slug}")
    public ArticleEnvelope get(@PathVariable String slug) {
        return new ArticleEnvelope(articles.get(slug, current.id().orElse(null)));
    }

    /** Attempts at publishing an article whose new tag or slug concurrent requests take first. */
    private static final int MAX_ATTEMPTS = 8;

    /** {@code POST /api/articles}. */
    @PostMapping("/articles")
    @ResponseStatus(HttpStatus.CREATED)
    public ArticleEnvelope create(@Valid @RequestBody NewArticleBody body) {
        long reader = current.require();
        // each lost race means another request got its article in, so a request among n writers
        // of one title and new tag loses at most n times; a few more attempts than writers of one
        // title are expected at once
        for (int attempt = 1; ; attempt++) {
            try {
                return new ArticleEnvelope(articles.create(body.article(), reader));
            } catch (DataIntegrityViolationException e) {
                // a concurrent request created the same new tag or took the same slug first:
                // a new transaction sees it and picks the tag up or the next free slug
                if (attempt == MAX_ATTEMPTS || !ApiErrors.DuplicateKeys.isTagOrSlug(e)) {
                    throw e;
                }
            }
        }
    }

    /** {@code PUT /api/articles/{slug}}: by the author only. */
    @PutMapping("/articles/{slug}")
    public ArticleEnvelope update(@PathVariable String slug, @Valid @RequestBody UpdateArticleBody body) {
        return new ArticleEnvelope(articles.update(slug, body.article(), current.require()));
    }

    /** {@code DELETE /api/articles/{slug}}: by the author only. */
    @DeleteMapping("/articles/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String slug) {
        articles.delete(slug, current.require());
    }

    /** {@code POST /api/articles/{slug}/favorite}. */
    @PostMapping("/articles/{slug}/favorite")
    public ArticleEnvelope favorite(@PathVariable String slug) {
        return new ArticleEnvelope(articles.favorite(slug, current.require()));
    }

    /** {@code DELETE /api/articles/{slug}/favorite}. */
    @DeleteMapping("/articles/{slug}/favorite")
    public ArticleEnvelope unfavorite(@PathVariable String slug) {
        return new ArticleEnvelope(articles.unfavorite(slug, current.require()));
    }

    /** {@code GET /api/articles/{slug}/comments}. */
    @GetMapping("/articles/{slug}/comments")
    public CommentsList comments(@PathVariable String slug) {
        return new CommentsList(comments.list(slug, current.id().orElse(null)));
    }

    /** {@code POST /api/articles/{slug}/comments}. */
    @PostMapping("/articles/{slug}/comments")
    public CommentEnvelope comment(@PathVariable String slug, @Valid @RequestBody NewCommentBody body) {
        return new CommentEnvelope(comments.add(slug, body.comment().body(), current.require()));
    }

    /** {@code DELETE /api/articles/{slug}/comments/{id}}: by the comment's author only. */
    @DeleteMapping("/articles/{slug}/comments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteComment(@PathVariable String slug, @PathVariable long id) {
        comments.delete(slug, id, current.require());
    }

    /** {@code GET /api/tags}. */
    @GetMapping("/tags")
    public TagsList tags() {
        return new TagsList(tags.all());
    }

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.unprocessable("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw ApiException.unprocessable("offset must not be negative");
        }
    }
}
