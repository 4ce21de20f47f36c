package dev.ormkit.model.lifecycle;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** An author as a plain class: its state is found through the registry. */
@Table("plain_authors")
public class PlainAuthor implements Author {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String name;
    @Relationship(backPopulates = "author") List<PlainBook> books = new ArrayList<>();

    protected PlainAuthor() {
    }

    public PlainAuthor(String name) {
        this.name = name;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public List<PlainBook> getBooks() {
        return books;
    }

    @Override
    public void addBook(Book book) {
        PlainBook b = (PlainBook) book;
        books.add(b);
        b.author = this;
    }

    @Override
    public String toString() {
        return "<PlainAuthor(name='" + name + "')>";
    }
}
