package dev.ormkit.demo.web;

import dev.ormkit.demo.api.Views.ArticlesPage;
import dev.ormkit.demo.security.CurrentUser;
import dev.ormkit.demo.service.LazyArticles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Demo only: the article list rendered the naive way, to show what ormkit's N+1 detection reports. */
@RestController
public class DemoController {
    private final LazyArticles lazy;
    private final CurrentUser current;

    /** The endpoint over {@code lazy}. */
    public DemoController(LazyArticles lazy, CurrentUser current) {
        this.lazy = lazy;
        this.current = current;
    }

    /** {@code GET /api/demo/articles-lazy}: the 20 newest articles, authors and tags loaded one by one. */
    @GetMapping("/api/demo/articles-lazy")
    public ArticlesPage articlesLazy() {
        return lazy.recent(current.id().orElse(null));
    }
}
