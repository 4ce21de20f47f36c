package dev.ormkit.model;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** The guide's tag, linked to posts through post_tags. */
@Table("tags")
public class Tag {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true) String name;
    @Relationship(secondary = "post_tags", backPopulates = "tags") Set<Post> posts = new LinkedHashSet<>();

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
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

    public Set<Post> getPosts() {
        return posts;
    }

    @Override
    public String toString() {
        return "<Tag(name='" + name + "')>";
    }
}
