package dev.ormkit.spring.observability;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** A book on a shelf. */
@Table("books")
public class Book {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String title;
    @Column @ForeignKey("shelves.id") Long shelfId;
    @Relationship(backPopulates = "books") Shelf shelf;

    protected Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Shelf getShelf() {
        return shelf;
    }
}
