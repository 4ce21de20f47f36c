package dev.ormkit.model;

import dev.ormkit.mapping.DiscriminatorValue;

/** A single-table subclass with a column of its own ({@code language}). */
@DiscriminatorValue("engineer")
public class Engineer extends Employee {
    public String language;

    protected Engineer() {
    }

    public Engineer(String name, String language) {
        super(name);
        this.language = language;
    }
}
