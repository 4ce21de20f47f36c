package dev.ormkit.spring.data.it;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("repo_writers")
public class Writer {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true, nullable = false) String name;
    @Column Integer rating;
    @Column boolean active;
    @Relationship(backPopulates = "writer") List<Novel> novels = new ArrayList<>();

    protected Writer() {
    }

    public Writer(String name, Integer rating, boolean active) {
        this.name = name;
        this.rating = rating;
        this.active = active;
    }

    public Writer add(Novel novel) {
        novels.add(novel);
        novel.writer = this;
        return this;
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

    public Integer getRating() {
        return rating;
    }

    public boolean isActive() {
        return active;
    }

    public List<Novel> getNovels() {
        return novels;
    }

    @Override
    public String toString() {
        return name;
    }
}
