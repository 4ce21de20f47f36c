package dev.ormkit.model.lifecycle;

import java.io.Serializable;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;

/** A book whose state is kept in the field {@link Base} declares. */
@Table("base_books")
public class BaseBook extends Base implements Book, Serializable {
    private static final long serialVersionUID = 1L;

    @Column(primaryKey = true) Long id;
    @Column(length = 200, nullable = false) String title;
    @Column @ForeignKey("base_authors.id") Long authorId;
    @Relationship(backPopulates = "books") BaseAuthor author;

    protected BaseBook() {
    }

    public BaseBook(String title) {
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
    public BaseAuthor getAuthor() {
        return author;
    }

    @Override
    public void setAuthor(Author author) {
        this.author = (BaseAuthor) author;
    }

    @Override
    public String toString() {
        return "<BaseBook(title='" + title + "')>";
    }
}
