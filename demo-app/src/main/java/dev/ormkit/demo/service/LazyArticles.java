package dev.ormkit.demo.service;

import java.util.List;
import dev.ormkit.demo.api.Views.ArticlesPage;
import dev.ormkit.demo.model.Article;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article list without loader options, on purpose: each author and each tag set loads on
 * first touch, one SELECT per article. ormkit counts it in {@code orm.nplusone} and the
 * {@code orm} Actuator endpoint names the loop below as the site.
 */
@Service
public class LazyArticles {
    private final ArticleService articles;
    private final ViewAssembler views;

    /** The lazy list over the same query as the real one. */
    public LazyArticles(ArticleService articles, ViewAssembler views) {
        this.articles = articles;
        this.views = views;
    }

    /** The 20 newest articles, relationships loaded lazily. */
    @Transactional(readOnly = true)
    public ArticlesPage recent(Long reader) {
        List<Article> page = articles.recentWithoutOptions(20).all();
        for (Article article : page) {
            article.getAuthor().getUsername(); // N+1: one SELECT per author not yet in the session
            article.getTags().size();          // N+1: one SELECT per article
        }
        return new ArticlesPage(views.articles(page, reader, false), page.size());
    }
}
