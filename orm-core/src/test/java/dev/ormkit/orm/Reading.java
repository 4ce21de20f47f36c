package dev.ormkit.orm;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/** A sensor reading: a plain row, many of them, for streaming. */
@Table("readings")
public class Reading {
    @Column(primaryKey = true) Long id;
    @Column(length = 120) String label;

    protected Reading() {
    }

    public Reading(Long id, String label) {
        this.id = id;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return "Reading(" + id + ")";
    }
}
