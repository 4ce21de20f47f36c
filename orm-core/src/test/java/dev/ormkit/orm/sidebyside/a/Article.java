package dev.ormkit.orm.sidebyside.a;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** One side of a many-to-many whose association table is called post_tags, as in the other model. */
@Table("articles")
public class Article {
    @Column(primaryKey = true) Long id;
    @Column(length = 40) String name;
    @Relationship(secondary = "post_tags", backPopulates = "articles") Set<Label> labels = new LinkedHashSet<>();

    protected Article() {
    }

    public Article(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Label> getLabels() {
        return labels;
    }
}
