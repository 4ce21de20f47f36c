package dev.ormkit.spring.data.it;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

@Table("repo_novels")
public class Novel {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String title;
    @Column int pages;
    @Column @ForeignKey("repo_writers.id") Long writerId;
    @Relationship(backPopulates = "novels") Writer writer;

    protected Novel() {
    }

    public Novel(String title, int pages) {
        this.title = title;
        this.pages = pages;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getPages() {
        return pages;
    }

    public Long getWriterId() {
        return writerId;
    }

    public Writer getWriter() {
        return writer;
    }

    @Override
    public String toString() {
        return title;
    }
}
