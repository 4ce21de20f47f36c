package com.example.library;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("volumes")
public class Volume {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String title;
    @Column @ForeignKey("shelves.id") Long shelfId;
    @Relationship(backPopulates = "volumes") Shelf shelf;

    protected Volume() {
    }

    public Volume(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
