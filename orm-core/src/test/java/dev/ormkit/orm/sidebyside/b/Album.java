package dev.ormkit.orm.sidebyside.b;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** The other side of the many-to-many over post_tags. */
@Table("albums")
public class Album {
    @Column(primaryKey = true) Long id;
    @Column(length = 40) String name;
    @Relationship(secondary = "post_tags", backPopulates = "albums") Set<Photo> photos = new LinkedHashSet<>();

    protected Album() {
    }

    public Album(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
