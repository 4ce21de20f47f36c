package dev.ormkit.model.lifecycle;

/** The lifecycle tests' book: {@link PlainBook} or {@link BaseBook}. */
public interface Book {
    Long getId();

    String getTitle();

    void setTitle(String title);

    Author getAuthor();

    /** Sets the reference only: the author's collection is left as it is. */
    void setAuthor(Author author);
}
