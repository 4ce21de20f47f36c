package dev.ormkit.spring.observability;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** A shelf of books: the parent side of the N+1 loops the metrics tests run. */
@Table("shelves")
public class Shelf {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String name;
    @Relationship(backPopulates = "shelf") List<Book> books = new ArrayList<>();

    protected Shelf() {
    }

    public Shelf(String name) {
        this.name = name;
    }

    public Shelf add(Book book) {
        books.add(book);
        book.shelf = this;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Book> getBooks() {
        return books;
    }
}
