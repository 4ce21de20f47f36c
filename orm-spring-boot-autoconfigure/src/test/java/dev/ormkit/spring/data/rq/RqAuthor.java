package dev.ormkit.spring.data.rq;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("rq_authors")
public class RqAuthor {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true, nullable = false) String username;
    @Column(length = 100, nullable = false) String email;
    @Column int rating;
    @Column boolean active;
    @Relationship(backPopulates = "author") List<RqBook> books = new ArrayList<>();

    protected RqAuthor() {
    }

    public RqAuthor(String username, int rating, boolean active) {
        this.username = username;
        this.email = username.toLowerCase() + "@example.com";
        this.rating = rating;
        this.active = active;
    }

    public RqAuthor add(RqBook book) {
        books.add(book);
        book.author = this;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public int getRating() {
        return rating;
    }

    public boolean isActive() {
        return active;
    }

    public List<RqBook> getBooks() {
        return books;
    }

    @Override
    public String toString() {
        return username;
    }
}
