package dev.ormkit.demo.model;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;

/** A tag; articles reach their tags through the association table {@code article_tags}. */
@Table("tags")
public class Tag extends Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true, nullable = false) String name;

    protected Tag() {
    }

    /** A new tag named {@code name}. */
    public Tag(String name) {
        this.name = name;
    }

    /** The primary key. */
    public Long getId() {
        return id;
    }

    /** The tag's text. */
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "<Tag(name='" + name + "')>";
    }
}
