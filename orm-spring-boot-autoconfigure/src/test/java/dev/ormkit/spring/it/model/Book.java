package dev.ormkit.spring.it.model;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("books")
public class Book {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String title;
    @Column @ForeignKey("authors.id") Long authorId;
    @Relationship(backPopulates = "books") Author author;

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

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }
}
