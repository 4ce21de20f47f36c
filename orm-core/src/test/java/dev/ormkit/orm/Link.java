package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** A link of a chain that owns the rest of it: deleting one deletes everything after it. */
@Table("chain_links")
public class Link {
    @Column(primaryKey = true) Long id;
    @Column(length = 20) String name;
    @Column @ForeignKey("chain_links.id") Long parentId;
    @Relationship(foreignKeys = "parent_id", backPopulates = "next") Link previous;
    @Relationship(foreignKeys = "parent_id", backPopulates = "previous", cascade = "all, delete-orphan")
    List<Link> next = new ArrayList<>();

    protected Link() {
    }

    public Link(String name) {
        this.name = name;
    }
}
