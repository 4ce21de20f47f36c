package com.example.library;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("shelves")
public class Shelf {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true, nullable = false) String name;
    @Relationship(backPopulates = "shelf") List<Volume> volumes = new ArrayList<>();

    protected Shelf() {
    }

    public Shelf(String name) {
        this.name = name;
    }

    public Shelf add(Volume v) {
        volumes.add(v);
        v.shelf = this;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Volume> getVolumes() {
        return volumes;
    }
}
