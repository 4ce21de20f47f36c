package dev.ormkit.orm.sidebyside.b;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** One side of a many-to-many whose association table is called post_tags, as in the other model. */
@Table("photos")
public class Photo {
    @Column(primaryKey = true) Long id;
    @Column(length = 40) String name;
    @Relationship(secondary = "post_tags", backPopulates = "photos") Set<Album> albums = new LinkedHashSet<>();

    protected Photo() {
    }

    public Photo(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Album> getAlbums() {
        return albums;
    }
}
