package dev.ormkit.demo.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.demo.api.Views.ArticleView;
import dev.ormkit.demo.api.Views.CommentView;
import dev.ormkit.demo.api.Views.ProfileView;
import dev.ormkit.demo.model.Article;
import dev.ormkit.demo.model.Comment;
import dev.ormkit.demo.model.Tag;
import dev.ormkit.demo.model.User;
import dev.ormkit.demo.api.Views;
import org.springframework.stereotype.Component;

/**
 * Turns loaded objects into API views, reading the reader's flags for a whole page at once
 * (two grouped statements at most), never one per row.
 */
@Component
public class ViewAssembler {
    private final ReaderFlags flags;

    /** Views with flags read by {@code flags}. */
    public ViewAssembler(ReaderFlags flags) {
        this.flags = flags;
    }

    /** A user as {@code reader} sees them. */
    public static ProfileView profile(User user, boolean following) {
        return new ProfileView(user.getUsername(), user.getBio(), user.getImage(), following);
    }

    /** Views of {@code articles}, whose authors and tags are loaded; bodies only when {@code withBody}. */
    public List<ArticleView> articles(List<Article> articles, Long reader, boolean withBody) {
        List<Long> ids = new ArrayList<>(articles.size());
        Set<Long> authors = new LinkedHashSet<>();
        for (Article a : articles) {
            ids.add(a.getId());
            authors.add(a.getAuthorId());
        }
        Map<Long, ReaderFlags.Favourites> favourites = flags.favourites(ids, reader);
        Set<Long> followed = flags.followed(authors, reader);
        List<ArticleView> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            ReaderFlags.Favourites f = favourites.getOrDefault(a.getId(), ReaderFlags.Favourites.NONE);
            out.add(article(a, f, followed.contains(a.getAuthorId()), withBody));
        }
        return out;
    }

    /** One article's view from what is already known. */
    public static ArticleView article(Article a, ReaderFlags.Favourites f, boolean following, boolean withBody) {
        List<String> tags = new ArrayList<>();
        for (Tag t : a.getTags()) {
            tags.add(t.getName());
        }
        tags.sort(null);
        return new ArticleView(a.getSlug(), a.getTitle(), a.getDescription(), withBody ? a.getBody() : null, tags,
                Views.timestamp(a.getCreatedAt()), Views.timestamp(a.getUpdatedAt()), f.mine(), f.count(),
                profile(a.getAuthor(), following));
    }

    /** Views of {@code comments}, whose authors are loaded. */
    public List<CommentView> comments(List<Comment> comments, Long reader) {
        Set<Long> authors = new LinkedHashSet<>();
        for (Comment c : comments) {
            authors.add(c.getAuthorId());
        }
        Set<Long> followed = flags.followed(authors, reader);
        List<CommentView> out = new ArrayList<>(comments.size());
        for (Comment c : comments) {
            out.add(comment(c, followed.contains(c.getAuthorId())));
        }
        return out;
    }

    /** One comment's view. */
    public static CommentView comment(Comment c, boolean following) {
        return new CommentView(c.getId(), Views.timestamp(c.getCreatedAt()), Views.timestamp(c.getUpdatedAt()),
                c.getBody(), profile(c.getAuthor(), following));
    }
}
