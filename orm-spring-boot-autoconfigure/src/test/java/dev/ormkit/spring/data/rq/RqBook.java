package dev.ormkit.spring.data.rq;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("rq_books")
public class RqBook {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String title;
    @Column int pages;
    @Column @ForeignKey("rq_authors.id") Long authorId;
    @Relationship(backPopulates = "books") RqAuthor author;
    @Relationship(secondary = "rq_book_tags", backPopulates = "books") Set<RqTag> tags = new LinkedHashSet<>();

    protected RqBook() {
    }

    public RqBook(String title, int pages) {
        this.title = title;
        this.pages = pages;
    }

    public RqBook tag(RqTag tag) {
        tags.add(tag);
        tag.books.add(this);
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getPages() {
        return pages;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public RqAuthor getAuthor() {
        return author;
    }

    @Override
    public String toString() {
        return title;
    }
}
