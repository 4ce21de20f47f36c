package dev.ormkit.orm.sidebyside.a;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** The other side of the many-to-many over post_tags. */
@Table("labels")
public class Label {
    @Column(primaryKey = true) Long id;
    @Column(length = 40) String name;
    @Relationship(secondary = "post_tags", backPopulates = "labels") Set<Article> articles = new LinkedHashSet<>();

    protected Label() {
    }

    public Label(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
