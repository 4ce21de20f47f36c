package dev.ormkit.spring.data.rq;

import org.springframework.beans.factory.annotation.Value;

/** The projections the query-feature tests read. */
public final class Projections {
    private Projections() {
    }

    /** A closed interface projection: reads username and rating only. */
    public interface AuthorName {
        String getUsername();

        int getRating();
    }

    /** A record projection: its components name the columns. */
    public record AuthorRating(String username, int rating) {
    }

    /** An open projection: its value is computed from the loaded object. */
    public interface AuthorLabel {
        @Value("#{target.username + '/' + target.rating}")
        String getLabel();
    }

    /** A closed projection reaching through the many-to-one: {@code getAuthorUsername()} is {@code author.username}. */
    public interface BookView {
        String getTitle();

        String getAuthorUsername();
    }

    /** A record of a book's title and pages. */
    public record BookPages(String title, int pages) {
    }
}
