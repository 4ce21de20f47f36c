package dev.ormkit.model.lifecycle;

import java.io.Serializable;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** A book as a plain class. */
@Table("plain_books")
public class PlainBook implements Book, Serializable {
    private static final long serialVersionUID = 1L;

    @Column(primaryKey = true) Long id;
    @Column(length = 200, nullable = false) String title;
    @Column @ForeignKey("plain_authors.id") Long authorId;
    @Relationship(backPopulates = "books") PlainAuthor author;

    protected PlainBook() {
    }

    public PlainBook(String title) {
        this.title = title;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public PlainAuthor getAuthor() {
        return author;
    }

    @Override
    public void setAuthor(Author author) {
        this.author = (PlainAuthor) author;
    }

    @Override
    public String toString() {
        return "<PlainBook(title='" + title + "')>";
    }
}
