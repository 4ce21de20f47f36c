package dev.ormkit.model.lifecycle;

import java.util.List;

/**
 * The lifecycle tests' author, declared twice with the same fields: {@link PlainAuthor} (a plain
 * class) and {@link BaseAuthor} (a subclass of {@code dev.ormkit.orm.Base}), so that one test runs
 * over both.
 */
public interface Author {
    Long getId();

    String getName();

    void setName(String name);

    List<? extends Book> getBooks();

    /** Adds a book and sets its author: both sides in one call. */
    void addBook(Book book);
}
