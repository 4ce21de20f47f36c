package dev.ormkit.spring.data.rq;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("rq_tags")
public class RqTag {
    @Column(primaryKey = true) Long id;
    @Column(length = 30, nullable = false) String name;
    @Relationship(secondary = "rq_book_tags", backPopulates = "tags") Set<RqBook> books = new LinkedHashSet<>();

    protected RqTag() {
    }

    public RqTag(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
