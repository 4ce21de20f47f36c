package dev.ormkit.spring.it.model;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.mapping.Version;

@Table("authors")
public class Author {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true, nullable = false) String name;
    @Version Long version;
    @Relationship(backPopulates = "author") List<Book> books = new ArrayList<>();

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Author addBook(Book book) {
        books.add(book);
        book.setAuthor(this);
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVersion() {
        return version;
    }

    public List<Book> getBooks() {
        return books;
    }

    @Override
    public String toString() {
        return "Author(" + name + ")";
    }
}
