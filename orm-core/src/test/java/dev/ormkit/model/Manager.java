package dev.ormkit.model;

import dev.ormkit.mapping.DiscriminatorValue;

/** A single-table subclass with a column of its own ({@code managed_team}). */
@DiscriminatorValue("manager")
public class Manager extends Employee {
    public String managedTeam;

    protected Manager() {
    }

    public Manager(String name, String managedTeam) {
        super(name);
        this.managedTeam = managedTeam;
    }
}
