package dev.ormkit.model.lifecycle;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;

/** An author whose state is kept in the field {@link Base} declares. */
@Table("base_authors")
public class BaseAuthor extends Base implements Author, Cloneable {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String name;
    @Relationship(backPopulates = "author") List<BaseBook> books = new ArrayList<>();

    protected BaseAuthor() {
    }

    public BaseAuthor(String name) {
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
    public List<BaseBook> getBooks() {
        return books;
    }

    @Override
    public void addBook(Book book) {
        BaseBook b = (BaseBook) book;
        books.add(b);
        b.author = this;
    }

    /** A field-by-field copy through {@code Object.clone()}, which copies the state field too. */
    public BaseAuthor copy() {
        try {
            return (BaseAuthor) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public String toString() {
        return "<BaseAuthor(name='" + name + "')>";
    }
}
